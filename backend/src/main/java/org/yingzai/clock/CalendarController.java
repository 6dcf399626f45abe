package org.yingzai.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.CalendarResponses.DeadlineResponse;
import org.yingzai.clock.CalendarResponses.WorkingDaysResponse;
import org.yingzai.clock.CalendarResponses.YearResponse;
import org.yingzai.clock.CalendarResponses.YearsResponse;
import org.yingzai.shared.ProblemException;

/** The public calendar: the service guide says "accepted today, due by …" with it. */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar", description = "工作日历：办理期限、工作日天数、节假日安排（公开）")
class CalendarController {

  /** Ten years of working days and then some: no time limit in the catalogue comes near. */
  static final int MAX_LIMIT = 3650;

  static final int MAX_RANGE_YEARS = 10;

  private final WorkingCalendar workingCalendar;
  private final CalendarService calendar;

  CalendarController(WorkingCalendar workingCalendar, CalendarService calendar) {
    this.workingCalendar = workingCalendar;
    this.calendar = calendar;
  }

  @GetMapping("/deadline")
  @Operation(
      summary =
          "The deadline of a time limit accepted on a day: the end (23:59:59, Asia/Shanghai) of"
              + " the limit-th working (or calendar) day after it; provisional when a year it"
              + " touches has no published calendar")
  DeadlineResponse deadline(
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate acceptedOn,
      @RequestParam int limit,
      @RequestParam(defaultValue = "WORKING_DAYS") LimitUnit unit) {
    CalendarService.requireDate("acceptedOn", acceptedOn);
    if (limit < 0 || limit > MAX_LIMIT) {
      throw ProblemException.badRequest(
          "LIMIT_INVALID", String.valueOf(limit), String.valueOf(MAX_LIMIT));
    }
    return DeadlineResponse.of(workingCalendar.deadline(acceptedOn, limit, unit));
  }

  @GetMapping("/working-days")
  @Operation(summary = "The number of working days from one day to another, both included")
  WorkingDaysResponse workingDays(
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
    CalendarService.requireDate("from", from);
    CalendarService.requireDate("to", to);
    if (to.isAfter(from.plusYears(MAX_RANGE_YEARS))) {
      throw ProblemException.badRequest(
          "DATE_RANGE_TOO_LONG", from.toString(), to.toString(), String.valueOf(MAX_RANGE_YEARS));
    }
    return new WorkingDaysResponse(
        workingCalendar.workingDaysBetween(from, to),
        !to.isBefore(from) && !workingCalendar.isPublished(from, to));
  }

  @GetMapping("/years")
  @Operation(summary = "The years whose calendar is published")
  YearsResponse years() {
    return new YearsResponse(calendar.years());
  }

  @GetMapping("/years/{year}")
  @Operation(
      summary = "A year's holidays and make-up working days, and whether its calendar is published")
  YearResponse year(@PathVariable int year) {
    return calendar.year(year);
  }
}
