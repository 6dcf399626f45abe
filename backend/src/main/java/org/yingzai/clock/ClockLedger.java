package org.yingzai.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The legal clock of accepted applications (DESIGN.md §5): a ledger of running, paused and extended
 * segments, each with who, when, the legal basis and the reason. The deadline, the days used and
 * left and the warning level are always derived from the ledger, never stored by hand.
 */
@Service
public class ClockLedger {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final ClockLedgerMapper ledger;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ClockLedger(
      ClockLedgerMapper ledger,
      WorkingCalendar calendar,
      Clock clock,
      ApplicationEventPublisher events) {
    this.ledger = ledger;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Starts the clock on the day of acceptance: counting begins the working day after. It runs on
   * {@code limit}, the promised one; the deadline under {@code legalLimit} is derived beside it.
   */
  @Transactional
  public ClockState start(
      String applicationId,
      int limit,
      int legalLimit,
      LimitUnit unit,
      int maxExtension,
      String legalBasis,
      String actor) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
    return start(applicationId, today, limit, legalLimit, unit, maxExtension, legalBasis, actor);
  }

  /**
   * Starts the clock as of an earlier acceptance date, such as the receipt date of an application
   * accepted automatically (§32); the running segment is recorded now.
   */
  @Transactional
  public ClockState start(
      String applicationId,
      LocalDate acceptedOn,
      int limit,
      int legalLimit,
      LimitUnit unit,
      int maxExtension,
      String legalBasis,
      String actor) {
    if (legalLimit < limit) {
      throw new IllegalArgumentException(
          "Legal limit " + legalLimit + " below the limit " + limit + " of " + applicationId);
    }
    Instant now = clock.instant();
    ledger.insertClock(
        new ClockRow(
            applicationId, acceptedOn, limit, unit.name(), maxExtension, null, legalLimit));
    ledger.insertSegment(
        segment(applicationId, SegmentKind.RUNNING, null, now, actor, null, legalBasis, null));
    return changed(applicationId, SegmentKind.RUNNING);
  }

  /** Stops the clock for a supplement after acceptance or a special procedure (§45). */
  @Transactional
  public ClockState pause(
      String applicationId, PauseReason reason, String legalBasis, String comment, String actor) {
    ClockRow row = running(applicationId);
    if (isPaused(ledger.findSegments(applicationId))) {
      throw ProblemException.conflict("CLOCK_ALREADY_PAUSED");
    }
    Instant now = clock.instant();
    ledger.endOpenSegments(applicationId, LocalDate.ofInstant(now, Times.ZONE), now, actor);
    ledger.insertSegment(
        segment(
            row.applicationId(),
            SegmentKind.PAUSED,
            reason,
            now,
            actor,
            null,
            legalBasis,
            comment));
    return changed(applicationId, SegmentKind.PAUSED);
  }

  /** Lets a paused clock run again. */
  @Transactional
  public ClockState resume(String applicationId, String legalBasis, String actor) {
    running(applicationId);
    if (!isPaused(ledger.findSegments(applicationId))) {
      throw ProblemException.conflict("CLOCK_NOT_PAUSED");
    }
    Instant now = clock.instant();
    ledger.endOpenSegments(applicationId, LocalDate.ofInstant(now, Times.ZONE), now, actor);
    ledger.insertSegment(
        segment(applicationId, SegmentKind.RUNNING, null, now, actor, null, legalBasis, null));
    return changed(applicationId, SegmentKind.RUNNING);
  }

  /** Adds working days to the limit (§42), within the item's maximum; a reason is mandatory. */
  @Transactional
  public ClockState extend(
      String applicationId, int days, String legalBasis, String reason, String actor) {
    ClockRow row = running(applicationId);
    int extended = extendedDays(ledger.findSegments(applicationId));
    if (days < 1 || extended + days > row.maxExtension()) {
      throw ProblemException.badRequest(
          "EXTENSION_EXCEEDS_MAXIMUM", days, row.maxExtension() - extended);
    }
    ledger.insertSegment(
        segment(
            applicationId,
            SegmentKind.EXTENDED,
            null,
            clock.instant(),
            actor,
            days,
            legalBasis,
            reason));
    return changed(applicationId, SegmentKind.EXTENDED);
  }

  /** Stops the clock for good: the application is decided or ended. */
  @Transactional
  public void finish(String applicationId, String actor) {
    if (ledger.lockClock(applicationId) == null) {
      return; // never accepted: no clock ran
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
    ledger.endOpenSegments(applicationId, today, now, actor);
    ledger.finish(applicationId, today);
    events.publishEvent(new ClockChanged(applicationId, null, true));
  }

  /** The clock as its ledger says now; empty for an application not (yet) accepted. */
  @Transactional(readOnly = true)
  public Optional<ClockState> state(String applicationId) {
    ClockRow row = ledger.findClock(applicationId);
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(derive(row, ledger.findSegments(applicationId), clock.instant()));
  }

  private ClockState changed(String applicationId, SegmentKind kind) {
    events.publishEvent(new ClockChanged(applicationId, kind, false));
    return state(applicationId).orElseThrow();
  }

  ClockState derive(ClockRow row, List<SegmentRow> segments, Instant now) {
    LimitUnit unit = LimitUnit.valueOf(row.limitUnit());
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
      if (!SegmentKind.PAUSED.name().equals(segment.kind())) {
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
        endOf(movedBy(legalBase.day(), paused, workingDays)),
        base.provisional() || !calendar.isPublished(row.acceptedOn(), deadlineDay),
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
        segments.stream().map(ClockLedger::segment).toList());
  }

  // a deadline day moved later by the days its clock was paused
  private LocalDate movedBy(LocalDate day, int paused, boolean workingDays) {
    return workingDays ? calendar.addWorkingDays(day, paused) : day.plusDays(paused);
  }

  private static OffsetDateTime endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(Times.ZONE).toOffsetDateTime();
  }

  /**
   * The warning level now of any limit (an application's or one step's) by DESIGN.md §5: RED once
   * the deadline has passed, YELLOW while the days left (today and the deadline day included) are
   * at most max(1, ⌈20% of the limit⌉), else GREEN.
   */
  public LimitLevel limitLevel(OffsetDateTime deadline, int limit, LimitUnit unit) {
    Instant now = clock.instant();
    int left = daysLeft(now, deadline, unit);
    return new LimitLevel(level(now, deadline, left, limit), left);
  }

  /**
   * The level of a limit finished now, as a stopped clock keeps it: RED when finished after the
   * deadline day, else GREEN.
   */
  public LimitLevel finishedLevel(OffsetDateTime deadline, LimitUnit unit) {
    Instant now = clock.instant();
    boolean late =
        LocalDate.ofInstant(now, Times.ZONE)
            .isAfter(deadline.atZoneSameInstant(Times.ZONE).toLocalDate());
    return new LimitLevel(
        late ? WarningLevel.RED : WarningLevel.GREEN, daysLeft(now, deadline, unit));
  }

  /**
   * When the level of a limit that began on {@code startedOn} and does not move turns YELLOW and
   * RED, for the timers that change it.
   */
  public WarningMoments warningMoments(
      LocalDate startedOn, OffsetDateTime deadline, int limit, LimitUnit unit) {
    return WarningSchedule.moments(startedOn, deadline, limit, unit, calendar);
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

  private ClockRow running(String applicationId) {
    ClockRow row = ledger.lockClock(applicationId);
    if (row == null) {
      throw ProblemException.conflict("CLOCK_NOT_STARTED");
    }
    if (row.finishedOn() != null) {
      throw ProblemException.conflict("CLOCK_FINISHED");
    }
    return row;
  }

  private static boolean isPaused(List<SegmentRow> segments) {
    return segments.stream()
        .anyMatch(s -> SegmentKind.PAUSED.name().equals(s.kind()) && s.endedAt() == null);
  }

  private static int extendedDays(List<SegmentRow> segments) {
    return segments.stream()
        .filter(s -> SegmentKind.EXTENDED.name().equals(s.kind()))
        .mapToInt(SegmentRow::days)
        .sum();
  }

  private static SegmentRow segment(
      String applicationId,
      SegmentKind kind,
      PauseReason reason,
      Instant at,
      String actor,
      Integer days,
      String legalBasis,
      String comment) {
    LocalDate on = LocalDate.ofInstant(at, Times.ZONE);
    boolean instantaneous = kind == SegmentKind.EXTENDED;
    return new SegmentRow(
        null,
        applicationId,
        kind.name(),
        reason == null ? null : reason.name(),
        on,
        at,
        actor,
        instantaneous ? on : null,
        instantaneous ? at : null,
        instantaneous ? actor : null,
        days,
        legalBasis,
        comment);
  }

  private static ClockState.Segment segment(SegmentRow row) {
    return new ClockState.Segment(
        SegmentKind.valueOf(row.kind()),
        row.reason() == null ? null : PauseReason.valueOf(row.reason()),
        Times.local(row.startedAt()),
        row.startedBy(),
        Times.local(row.endedAt()),
        row.endedBy(),
        row.days(),
        row.legalBasis(),
        row.comment());
  }
}
