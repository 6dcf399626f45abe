package org.yingzai.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.Times;

@RestController
@Tag(name = "Scoreboard", description = "营在高新：以实时数据衡量的承诺")
class ScoreboardController {

  private final Scoreboard scoreboard;
  private final Clock clock;

  ScoreboardController(Scoreboard scoreboard, Clock clock) {
    this.scoreboard = scoreboard;
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
}
