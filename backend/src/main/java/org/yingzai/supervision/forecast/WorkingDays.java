package org.yingzai.supervision.forecast;

import java.time.Instant;
import java.time.LocalDate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.Times;

/** The working-day arithmetic the forecast needs: the service hall's calendar, or a test's own. */
interface WorkingDays {

  /** The working days from {@code from} to {@code to}, both included; 0 when to is before from. */
  int between(LocalDate from, LocalDate to);

  /** The {@code n}-th working day after {@code from}; {@code from} itself when n is 0. */
  LocalDate add(LocalDate from, int n);

  boolean isWorkingDay(LocalDate day);

  /** The last second of {@code day} (Asia/Shanghai): when a limit ending that day runs out. */
  static Instant endOf(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(Times.ZONE).toInstant();
  }

  static WorkingDays of(WorkingCalendar calendar) {
    return new WorkingDays() {
      @Override
      public int between(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
      }

      @Override
      public LocalDate add(LocalDate from, int n) {
        return calendar.addWorkingDays(from, n);
      }

      @Override
      public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
      }
    };
  }
}
