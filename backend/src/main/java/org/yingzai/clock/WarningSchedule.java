package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.Times;

/**
 * When the warning level of a clock changes next if its ledger stays as it is (DESIGN.md §5), for
 * the clock's warning timer.
 *
 * @param yellowAt the start of the first day whose working days left (that day and the deadline day
 *     included) are at most max(1, ⌈20% of the limit⌉)
 * @param redAt one second after the deadline
 * @param nextLevel the level the timer brings next
 */
record WarningSchedule(Instant yellowAt, Instant redAt, NextLevel nextLevel) {

  /** The level a clock's timer brings next. */
  enum NextLevel {
    YELLOW,
    RED,
    /** The clock is RED, paused (it keeps its level) or stopped: no timer runs. */
    NONE
  }

  static WarningSchedule of(ClockState clock, WorkingCalendar calendar, Instant now) {
    WarningMoments moments =
        moments(
            clock.acceptedAt().toLocalDate(),
            clock.deadline(),
            clock.limit() + clock.extendedDays(),
            clock.limitUnit(),
            calendar);
    Instant yellowAt = moments.yellowAt();
    Instant redAt = moments.redAt();
    return new WarningSchedule(yellowAt, redAt, nextLevel(clock, yellowAt, redAt, now));
  }

  /** The moments of any limit that began on {@code startedOn} and does not move. */
  static WarningMoments moments(
      LocalDate startedOn,
      OffsetDateTime deadline,
      int limit,
      LimitUnit unit,
      WorkingCalendar calendar) {
    LocalDate deadlineDay = deadline.atZoneSameInstant(Times.ZONE).toLocalDate();
    int threshold = yellowThreshold(limit);
    LocalDate yellowDay =
        unit == LimitUnit.WORKING_DAYS
            ? yellowDayCountingWorkingDays(startedOn, deadlineDay, threshold, calendar)
            : deadlineDay.minusDays(threshold - 1L);
    return new WarningMoments(
        yellowDay.atStartOfDay(Times.ZONE).toInstant(), deadline.toInstant().plusSeconds(1));
  }

  /** max(1, ⌈20% of the limit⌉) working days, as ClockLedger derives the level. */
  static int yellowThreshold(int limit) {
    return Math.max(1, (limit + 4) / 5);
  }

  /** When the timer is due: the moment of the next level; null when none comes by itself. */
  Instant nextChangeAt() {
    return switch (nextLevel) {
      case YELLOW -> yellowAt;
      case RED -> redAt;
      case NONE -> null;
    };
  }

  // the day after the (threshold + 1)-th last working day up to the deadline day; the acceptance
  // day when the whole limit has no more working days than the threshold
  private static LocalDate yellowDayCountingWorkingDays(
      LocalDate acceptedOn, LocalDate deadlineDay, int threshold, WorkingCalendar calendar) {
    if (calendar.workingDaysBetween(acceptedOn, deadlineDay) <= threshold) {
      return acceptedOn;
    }
    LocalDate day = deadlineDay;
    int counted = 0;
    while (true) {
      if (calendar.isWorkingDay(day) && ++counted > threshold) {
        return day.plusDays(1);
      }
      day = day.minusDays(1);
    }
  }

  private static NextLevel nextLevel(
      ClockState clock, Instant yellowAt, Instant redAt, Instant now) {
    if (clock.finished() || clock.paused()) {
      return NextLevel.NONE;
    }
    // never arm a timer already due for a level not reached: it would fire again at once
    return switch (clock.warningLevel()) {
      case GREEN ->
          yellowAt.isAfter(now)
              ? NextLevel.YELLOW
              : redAt.isAfter(now) ? NextLevel.RED : NextLevel.NONE;
      case YELLOW -> redAt.isAfter(now) ? NextLevel.RED : NextLevel.NONE;
      case RED -> NextLevel.NONE;
    };
  }
}
