package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supervision", description = "效能监察：计时看板")
class OverviewController {

  private final OverviewService overview;

  OverviewController(OverviewService overview) {
    this.overview = overview;
  }

  @GetMapping("/api/supervision/overview")
  @Operation(
      summary =
          "Open applications by warning level and department, on-time rate, time used per item",
      description = "from/to are months (2026-01) of finishing; department and item narrow it")
  OverviewResponse overview(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
    return overview.overview(department, item, from, to);
  }
}
