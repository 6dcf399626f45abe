package org.yingzai.clock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the calendar administration API. */
final class CalendarRequests {

  private CalendarRequests() {}

  /**
   * A year's calendar as a notice publishes it. The days are checked one by one (see {@link
   * CalendarDayRules}), so they arrive as text.
   */
  record PublishYearRequest(
      @NotBlank @Size(max = 255) String source,
      LocalDate publishedOn,
      @NotNull @Size(max = 366) List<DayEntry> days) {}

  /** {@code day} as {@code yyyy-MM-dd}, {@code kind} {@code HOLIDAY} or {@code WORKDAY}. */
  record DayEntry(String day, String kind, String name) {}
}
