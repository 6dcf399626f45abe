package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.processes.LegalClock;
import org.yingzai.shared.Times;

/**
 * When the warning level of a clock changes next if its ledger stays as it is (DESIGN.md §5), for
 * the timers of the legal clock process.
 *
 * @param yellowAt the start of the first day whose working days left (that day and the deadline day
 *     included) are at most max(1, ⌈20% of the limit⌉)
 * @param redAt one second after the deadline
 * @param nextLevel the level a timer brings next: {@link LegalClock#NEXT_YELLOW}, {@link
 *     LegalClock#NEXT_RED}, or {@link LegalClock#NEXT_NONE} when the clock is RED, paused (it keeps
 *     its level) or stopped
 */
record WarningSchedule(Instant yellowAt, Instant redAt, String nextLevel) {

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

  /** The variables the legal clock process arms its timers with. */
  Map<String, Object> variables() {
    return Map.of(
        LegalClock.VAR_YELLOW_AT, Date.from(yellowAt),
        LegalClock.VAR_RED_AT, Date.from(redAt),
        LegalClock.VAR_NEXT_LEVEL, nextLevel);
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

  private static String nextLevel(ClockState clock, Instant yellowAt, Instant redAt, Instant now) {
    if (clock.finished() || clock.paused()) {
      return LegalClock.NEXT_NONE;
    }
    // never arm a timer already due for a level not reached: it would fire again at once
    return switch (clock.warningLevel()) {
      case GREEN ->
          yellowAt.isAfter(now)
              ? LegalClock.NEXT_YELLOW
              : redAt.isAfter(now) ? LegalClock.NEXT_RED : LegalClock.NEXT_NONE;
      case YELLOW -> redAt.isAfter(now) ? LegalClock.NEXT_RED : LegalClock.NEXT_NONE;
      case RED -> LegalClock.NEXT_NONE;
    };
  }
}
