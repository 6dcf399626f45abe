package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@Tag(name = "Supervision", description = "效能监察：计时看板")
class ProcessHeatmapController {

  private final ProcessHeatmap heatmap;

  ProcessHeatmapController(ProcessHeatmap heatmap) {
    this.heatmap = heatmap;
  }

  @GetMapping("/api/supervision/process-heatmap")
  @Operation(
      summary = "Work waiting at each task of the approval path, time taken and flows taken",
      description =
          "from/to are days (2026-03-01), both included, default the last 90 days; hours are"
              + " wall-clock hours from a task's creation to its completion")
  ProcessHeatmapResponse heatmap(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return heatmap.heatmap(department, item, from, to);
  }

  @GetMapping("/api/supervision/process-heatmap/tasks/{task}/waiting")
  @Operation(summary = "The applications waiting at a task of the approval path, longest first")
  PageResponse<WaitingApplication> waiting(
      @PathVariable String task,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return heatmap.waiting(task, department, item, PageRequest.of(page, size));
  }
}
