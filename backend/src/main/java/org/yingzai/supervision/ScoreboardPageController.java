package org.yingzai.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The public scoreboard page (营在高新): each figure of a period with its definition, beside the period
 * before. The same service as the API.
 */
@PageController
class ScoreboardPageController {

  private final Scoreboard scoreboard;
  private final Clock clock;

  ScoreboardPageController(Scoreboard scoreboard, Clock clock) {
    this.scoreboard = scoreboard;
    this.clock = clock;
  }

  @GetMapping("/scoreboard")
  String scoreboard(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response,
      Model model) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    LocalDate start = from == null ? today.withDayOfMonth(1) : from;
    LocalDate end = to == null ? today : to;
    try {
      model.addAttribute("board", scoreboard.of(start, end));
    } catch (ProblemException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("periodInvalid", true);
      start = today.withDayOfMonth(1);
      end = today;
      model.addAttribute("board", scoreboard.of(start, end));
    }
    model.addAttribute("drillable", Scoreboard.DRILLABLE);
    return "supervision/scoreboard";
  }

  /** The applications behind a figure, for supervisors: each opens on the board. */
  @GetMapping("/board/scoreboard")
  String behind(
      @RequestParam String figure,
      @RequestParam(defaultValue = "false") boolean part,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page,
      Model model) {
    model.addAttribute("rows", scoreboard.behind(figure, part, from, to, PageRequest.of(page, 50)));
    model.addAttribute("figure", figure);
    model.addAttribute("part", part);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    return "supervision/scoreboard-applications";
  }
}
