package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Workbooks;

@RestController
@Tag(name = "Supervision", description = "效能监察：计时看板")
class OverviewController {

  private final OverviewService overview;
  private final WatchListService watchLists;
  private final ExcelExport excel;

  OverviewController(OverviewService overview, WatchListService watchLists, ExcelExport excel) {
    this.overview = overview;
    this.watchLists = watchLists;
    this.excel = excel;
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

  @GetMapping("/api/supervision/overview.xlsx")
  @Operation(summary = "The timing board as an Excel workbook")
  ResponseEntity<StreamingResponseBody> overviewExcel(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
      @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
    OverviewResponse board = overview.overview(department, item, from, to);
    return excel("timing-board.xlsx", out -> excel.overview(board, out));
  }

  @GetMapping("/api/supervision/overdue")
  @Operation(
      summary = "Open applications past their deadline, nearest deadline first",
      description =
          "basis=PROMISED (default): past the promised deadline (RED); basis=LEGAL: past the legal"
              + " deadline, a paused one only if that had passed when it paused")
  PageResponse<WatchedApplication> overdue(
      @RequestParam(defaultValue = "PROMISED") DeadlineBasis basis,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return watchLists.overdue(basis, department, item, PageRequest.of(page, size));
  }

  @GetMapping("/api/supervision/at-risk")
  @Operation(summary = "Open applications close to their deadline (YELLOW), nearest first")
  PageResponse<WatchedApplication> atRisk(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return watchLists.page(WarningLevel.YELLOW, department, item, PageRequest.of(page, size));
  }

  @GetMapping("/api/supervision/overdue.xlsx")
  @Operation(summary = "The overdue list as an Excel workbook (at most 100,000 rows)")
  ResponseEntity<StreamingResponseBody> overdueExcel(
      @RequestParam(defaultValue = "PROMISED") DeadlineBasis basis,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item) {
    boolean legal = basis == DeadlineBasis.LEGAL;
    return watchListExcel(
        legal ? "overdue-legal.xlsx" : "overdue.xlsx",
        legal ? "超过法定期限办件" : "超期办件",
        rows -> watchLists.eachOverdue(basis, department, item, rows));
  }

  @GetMapping("/api/supervision/at-risk.xlsx")
  @Operation(summary = "The at-risk list as an Excel workbook (at most 100,000 rows)")
  ResponseEntity<StreamingResponseBody> atRiskExcel(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String item) {
    return watchListExcel(
        "at-risk.xlsx",
        "临期办件",
        rows -> watchLists.each(WarningLevel.YELLOW, department, item, rows));
  }

  private ResponseEntity<StreamingResponseBody> watchListExcel(
      String fileName, String title, Consumer<Consumer<WatchedApplication>> rows) {
    return excel(fileName, out -> excel.watchList(title, rows, out));
  }

  private static ResponseEntity<StreamingResponseBody> excel(
      String fileName, StreamingResponseBody body) {
    return Workbooks.attachment(fileName, body);
  }
}
