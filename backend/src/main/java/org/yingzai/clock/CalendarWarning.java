package org.yingzai.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.springframework.stereotype.Component;
import org.yingzai.shared.Times;

/**
 * The warning every page shows administrators ({@code ${@calendarWarning.missingYear()}} in the
 * frame) from 1 November onward while the next year's calendar is not published: the State Council
 * publishes it around then, and deadlines that reach into it are provisional until it is loaded.
 */
@Component("calendarWarning")
public class CalendarWarning {

  private final WorkingCalendar calendar;
  private final Clock clock;

  CalendarWarning(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The next year when its calendar is missing and it is 1 November or later; else {@code null}.
   */
  public Integer missingYear() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    int next = today.getYear() + 1;
    if (today.getMonth().compareTo(Month.NOVEMBER) < 0 || calendar.isPublished(next)) {
      return null;
    }
    return next;
  }
}
