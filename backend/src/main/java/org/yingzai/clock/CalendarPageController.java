package org.yingzai.clock;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.clock.CalendarRequests.DayEntry;
import org.yingzai.clock.CalendarRequests.PublishYearRequest;
import org.yingzai.clock.CalendarResponses.YearResponse;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The administrator's working-day calendar: a year's holidays and make-up working days, published,
 * replaced or withdrawn with the calendar administration's service. The days are typed one a line
 * ({@code 2027-01-01 HOLIDAY 元旦}), so that a State Council notice can be copied in.
 */
@PageController
class CalendarPageController {

  private final CalendarService calendar;
  private final Validator validator;
  private final MessageSource messages;
  private final Clock clock;

  CalendarPageController(
      CalendarService calendar, Validator validator, MessageSource messages, Clock clock) {
    this.calendar = calendar;
    this.validator = validator;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/admin/calendar")
  String calendar(@RequestParam(required = false) Integer year, Model model) {
    int shown = year != null ? year : LocalDate.ofInstant(clock.instant(), Times.ZONE).getYear();
    YearResponse found = calendar.year(shown);
    return page(
        found, new Form(found.source(), found.publishedOn(), lines(found)), Map.of(), model);
  }

  @PostMapping("/admin/calendar/{year}")
  String publish(
      @PathVariable int year,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) LocalDate publishedOn,
      @RequestParam(required = false) String days,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    CalendarService.requireYear(year);
    Form typed = new Form(source, publishedOn, days == null ? "" : days);
    List<DayEntry> entries = entries(typed.days());
    PublishYearRequest request = new PublishYearRequest(source, publishedOn, entries);
    if (source == null || source.isBlank() || !validator.validate(request).isEmpty()) {
      response.setStatus(422);
      return page(
          calendar.year(year),
          typed,
          Map.of("source", text("calendar.page.sourceRequired")),
          model);
    }
    CalendarService.Publication publication;
    try {
      publication = calendar.publish(year, request);
    } catch (ProblemException refused) {
      if (!"CALENDAR_DAYS_INVALID".equals(refused.code())) {
        throw refused;
      }
      response.setStatus(422);
      return page(
          calendar.year(year), typed, Map.of("days", dayErrors(refused, typed.days())), model);
    }
    redirect.addFlashAttribute(
        "done",
        text(
            publication.created() ? "calendar.page.published" : "calendar.page.replaced",
            year,
            publication.year().days().size()));
    return "redirect:/admin/calendar?year=" + year;
  }

  @PostMapping("/admin/calendar/{year}/withdraw")
  String withdraw(@PathVariable int year, RedirectAttributes redirect) {
    calendar.delete(year);
    redirect.addFlashAttribute("done", text("calendar.page.withdrawn", year));
    return "redirect:/admin/calendar?year=" + year;
  }

  /** What the form shows: as stored, or as typed when it was refused. */
  record Form(String source, LocalDate publishedOn, String days) {}

  private String page(YearResponse year, Form form, Map<String, Object> errors, Model model) {
    model.addAttribute("year", year);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("years", calendar.years());
    model.addAttribute("changes", calendar.changes(year.year(), PageRequest.of(0, 10)));
    return "clock/calendar";
  }

  // one entry a line: the day, its kind and its name, separated by blanks (or commas)
  static List<DayEntry> entries(String days) {
    List<DayEntry> entries = new ArrayList<>();
    for (String line : days.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("[\\s,，]+", 3);
      entries.add(
          new DayEntry(
              parts[0],
              parts.length > 1 ? parts[1].toUpperCase(java.util.Locale.ROOT) : null,
              parts.length > 2 ? parts[2] : null));
    }
    return entries;
  }

  // the service names an entry by its index; the page names the line it was typed on
  private List<String> dayErrors(ProblemException refused, String days) {
    Object errors = refused.properties().get("errors");
    if (!(errors instanceof List<?> list)) {
      return List.of();
    }
    List<Integer> lineOf = new ArrayList<>();
    String[] lines = days.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        lineOf.add(i + 1);
      }
    }
    return list.stream()
        .map(error -> (Map<?, ?>) error)
        .map(
            error ->
                text(
                    "calendar.page.lineError",
                    lineOf.get(((Number) error.get("index")).intValue()),
                    error.get("message")))
        .collect(Collectors.toList());
  }

  private static String lines(YearResponse year) {
    return year.days().stream()
        .map(day -> day.day() + " " + day.kind() + " " + day.name())
        .collect(Collectors.joining("\n"));
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
