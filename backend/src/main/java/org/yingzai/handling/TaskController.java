package org.yingzai.handling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.applications.Step;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "窗口与审批人员的待办：受理、审查、决定")
class TaskController {

  private final WorkQueue queue;
  private final HandlingService handling;

  TaskController(WorkQueue queue, HandlingService handling) {
    this.queue = queue;
    this.handling = handling;
  }

  @GetMapping
  @Operation(
      summary = "Open tasks the caller may work, most urgent first (by the step's due time)",
      description =
          "warningLevel narrows the list to the steps at that level, step to one step, itemCode to"
              + " one service item, number to the application numbers that start with it")
  PageResponse<TaskResponse> list(
      @RequestParam(required = false) WarningLevel warningLevel,
      @RequestParam(required = false) Step step,
      @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return queue.openTasks(
        new TaskFilter(itemCode, step, warningLevel, number), PageRequest.of(page, size));
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "Become the task's assignee")
  TaskResponse claim(@PathVariable String id) {
    return handling.claim(id);
  }

  @PostMapping("/{id}/complete")
  @Operation(summary = "Finish the step with an outcome")
  CompletionResponse complete(
      @PathVariable String id, @Valid @RequestBody CompleteTaskRequest body) {
    return handling.complete(id, body);
  }
}
