package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Times;
import org.yingzai.shared.Workbooks;

@RestController
@Tag(name = "Scoreboard", description = "营在高新：以实时数据衡量的承诺")
class ScoreboardController {

  private final Scoreboard scoreboard;
  private final ScoreboardWorkbook workbook;
  private final Clock clock;

  ScoreboardController(Scoreboard scoreboard, ScoreboardWorkbook workbook, Clock clock) {
    this.scoreboard = scoreboard;
    this.workbook = workbook;
    this.clock = clock;
  }

  @GetMapping("/api/scoreboard")
  @Operation(
      summary = "The zone's promises measured from live data (anonymous, no personal data)",
      description =
          "from/to are days, both included; by default the current month to today; each figure"
              + " beside the as long period before, with its definition")
  ScoreboardResponse scoreboard(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    return scoreboard.of(from == null ? today.withDayOfMonth(1) : from, to == null ? today : to);
  }

  @GetMapping("/api/supervision/scoreboard/applications")
  @Operation(
      summary = "The applications behind a scoreboard figure (supervisors)",
      description =
          "figure: proofs.uploadsSaved, nearby.share, noVisit.share, onTime.promised, onTime.legal,"
              + " entities.registered; part=true lists those the figure counts as kept")
  PageResponse<ScoreboardMapper.BehindRow> behind(
      @RequestParam String figure,
      @RequestParam(defaultValue = "false") boolean part,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return scoreboard.behind(figure, part, from, to, PageRequest.of(page, size));
  }

  @GetMapping("/api/supervision/scoreboard.xlsx")
  @Operation(
      summary = "The scoreboard's figures of a period as an Excel workbook (supervisors)",
      description = "by default the last full month")
  ResponseEntity<StreamingResponseBody> excel(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate lastMonth =
        LocalDate.ofInstant(clock.instant(), Times.ZONE).withDayOfMonth(1).minusMonths(1);
    ScoreboardResponse board =
        scoreboard.of(
            from == null ? lastMonth : from,
            to == null ? lastMonth.plusMonths(1).minusDays(1) : to);
    return Workbooks.attachment(
        "scoreboard-" + board.from() + "-" + board.to() + ".xlsx",
        out -> workbook.write(board, out));
  }
}
