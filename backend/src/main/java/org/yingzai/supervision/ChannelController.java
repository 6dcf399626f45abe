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
import org.yingzai.supervision.ChannelFigures.ChannelFiguresResponse;

@RestController
@Tag(name = "Supervision", description = "效能监察：计时看板")
class ChannelController {

  private final ChannelFigures figures;
  private final Clock clock;

  ChannelController(ChannelFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @GetMapping("/api/supervision/channels")
  @Operation(
      summary =
          "Applications taken online, in the hall and at each station, and their on-time rate",
      description =
          "from/to are days of submission, both included; by default the current month to today")
  ChannelFiguresResponse channels(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    return figures.figures(from == null ? today.withDayOfMonth(1) : from, to == null ? today : to);
  }
}
