package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.Times;

/**
 * The arithmetic of the legal clock (DESIGN.md §5), without storage or a clock of its own: a
 * ledger's deadline, days used and left and warning level at a given moment, and the level of any
 * limit, all counted on the working-day calendar.
 */
final class ClockArithmetic {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingCalendar calendar;

  ClockArithmetic(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  ClockState derive(ClockRow row, List<SegmentRow> segments, Instant now) {
    LimitUnit unit = row.limitUnit();
    boolean workingDays = unit == LimitUnit.WORKING_DAYS;
    LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
    LocalDate end = row.finishedOn() != null ? row.finishedOn() : today;
    int extended = extendedDays(segments);
    int limit = row.limitValue() + extended;
    Deadline base = calendar.deadline(row.acceptedOn(), limit, unit);
    Deadline legalBase = calendar.deadline(row.acceptedOn(), row.legalLimit() + extended, unit);

    // a pause from day P to day R moves the deadline by the days d with P <= d < R
    int paused = 0;
    for (SegmentRow segment : segments) {
      if (segment.kind() != SegmentKind.PAUSED) {
        continue;
      }
      LocalDate from = segment.startedOn();
      LocalDate to = segment.endedOn() != null ? segment.endedOn() : end;
      if (to.isAfter(from)) {
        paused +=
            workingDays
                ? calendar.workingDaysBetween(from, to.minusDays(1))
                : (int) ChronoUnit.DAYS.between(from, to);
      }
    }
    LocalDate deadlineDay = movedBy(base.day(), paused, workingDays);
    OffsetDateTime deadline = endOf(deadlineDay);
    LocalDate legalDeadlineDay = movedBy(legalBase.day(), paused, workingDays);

    int elapsed =
        workingDays
            ? calendar.workingDaysBetween(row.acceptedOn().plusDays(1), end)
            : (int) Math.max(0, ChronoUnit.DAYS.between(row.acceptedOn(), end));
    int used = Math.max(0, elapsed - paused);
    int left = daysLeft(today, deadlineDay, workingDays);
    boolean finished = row.finishedOn() != null;
    WarningLevel level;
    if (finished) {
      level = row.finishedOn().isAfter(deadlineDay) ? WarningLevel.RED : WarningLevel.GREEN;
    } else {
      level = level(now, deadline, left, limit);
    }
    return new ClockState(
        row.acceptedOn().atStartOfDay(Times.ZONE).toOffsetDateTime(),
        deadline,
        endOf(legalDeadlineDay),
        base.provisional() || !calendar.isPublished(row.acceptedOn(), deadlineDay),
        legalBase.provisional() || !calendar.isPublished(row.acceptedOn(), legalDeadlineDay),
        !finished && isPaused(segments),
        finished,
        row.limitValue(),
        row.legalLimit(),
        row.limitUnit(),
        extended,
        row.maxExtension(),
        used,
        left,
        level,
        segments.stream().map(ClockArithmetic::segment).toList());
  }

  // a deadline day moved later by the days its clock was paused
  private LocalDate movedBy(LocalDate day, int paused, boolean workingDays) {
    return workingDays ? calendar.addWorkingDays(day, paused) : day.plusDays(paused);
  }

  private static OffsetDateTime endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(Times.ZONE).toOffsetDateTime();
  }

  /**
   * The warning level at {@code now} of any limit (an application's or one step's) by DESIGN.md §5:
   * RED once the deadline has passed, YELLOW while the days left (today and the deadline day
   * included) are at most max(1, ⌈20% of the limit⌉), else GREEN.
   */
  LimitLevel limitLevel(Instant now, OffsetDateTime deadline, int limit, LimitUnit unit) {
    int left = daysLeft(now, deadline, unit);
    return new LimitLevel(level(now, deadline, left, limit), left);
  }

  /**
   * The level of a limit finished at {@code now}, as a stopped clock keeps it: RED when finished
   * after the deadline day, else GREEN.
   */
  LimitLevel finishedLevel(Instant now, OffsetDateTime deadline, LimitUnit unit) {
    boolean late =
        LocalDate.ofInstant(now, Times.ZONE)
            .isAfter(deadline.atZoneSameInstant(Times.ZONE).toLocalDate());
    return new LimitLevel(
        late ? WarningLevel.RED : WarningLevel.GREEN, daysLeft(now, deadline, unit));
  }

  private int daysLeft(Instant now, OffsetDateTime deadline, LimitUnit unit) {
    return daysLeft(
        LocalDate.ofInstant(now, Times.ZONE),
        deadline.atZoneSameInstant(Times.ZONE).toLocalDate(),
        unit == LimitUnit.WORKING_DAYS);
  }

  private static WarningLevel level(Instant now, OffsetDateTime deadline, int left, int limit) {
    if (now.isAfter(deadline.toInstant())) {
      return WarningLevel.RED;
    }
    if (left <= Math.max(1, (int) Math.ceil(limit * 0.2))) {
      return WarningLevel.YELLOW;
    }
    return WarningLevel.GREEN;
  }

  // today and the deadline day included; negative once the deadline day has passed
  private int daysLeft(LocalDate today, LocalDate deadlineDay, boolean workingDays) {
    if (!today.isAfter(deadlineDay)) {
      return workingDays
          ? calendar.workingDaysBetween(today, deadlineDay)
          : (int) ChronoUnit.DAYS.between(today, deadlineDay) + 1;
    }
    return workingDays
        ? -calendar.workingDaysBetween(deadlineDay.plusDays(1), today)
        : -(int) ChronoUnit.DAYS.between(deadlineDay, today);
  }

  static boolean isPaused(List<SegmentRow> segments) {
    return segments.stream().anyMatch(s -> s.kind() == SegmentKind.PAUSED && s.endedAt() == null);
  }

  static int extendedDays(List<SegmentRow> segments) {
    return segments.stream()
        .filter(s -> s.kind() == SegmentKind.EXTENDED)
        .mapToInt(SegmentRow::days)
        .sum();
  }

  private static ClockState.Segment segment(SegmentRow row) {
    return new ClockState.Segment(
        row.kind(),
        row.reason(),
        Times.local(row.startedAt()),
        row.startedBy(),
        Times.local(row.endedAt()),
        row.endedBy(),
        row.days(),
        row.legalBasis(),
        row.comment());
  }
}
