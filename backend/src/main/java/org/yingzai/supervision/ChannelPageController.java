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
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The supervisor's figures by channel and station (受理渠道, 就近办理) for a period: applications taken
 * online, in the hall and at each station, and how many were decided by their promised deadline.
 * The same service as the API.
 */
@PageController
class ChannelPageController {

  private final ChannelFigures figures;
  private final Clock clock;

  ChannelPageController(ChannelFigures figures, Clock clock) {
    this.figures = figures;
    this.clock = clock;
  }

  @GetMapping("/board/channels")
  String channels(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response,
      Model model) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    LocalDate start = from == null ? today.withDayOfMonth(1) : from;
    LocalDate end = to == null ? today : to;
    try {
      model.addAttribute("figures", figures.figures(start, end));
    } catch (ProblemException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("periodInvalid", true);
      model.addAttribute("figures", figures.figures(end, end));
    }
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    return "supervision/channels";
  }
}
