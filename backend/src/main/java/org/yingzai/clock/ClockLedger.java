package org.yingzai.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.LockedClockRow;
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

  private final ClockLedgerMapper ledger;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final ClockArithmetic arithmetic;

  ClockLedger(
      ClockLedgerMapper ledger,
      WorkingCalendar calendar,
      Clock clock,
      ApplicationEventPublisher events) {
    this.ledger = ledger;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
    this.arithmetic = new ClockArithmetic(calendar);
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
        new ClockRow(applicationId, acceptedOn, limit, unit, maxExtension, null, legalLimit));
    ledger.insertSegment(SegmentRow.running(applicationId, now, actor, legalBasis));
    return changed(ClockChanged.started(applicationId));
  }

  /** Stops the clock for a supplement after acceptance or a special procedure (§45). */
  @Transactional
  public ClockState pause(
      String applicationId, PauseReason reason, String legalBasis, String comment, String actor) {
    ClockRow row = running(applicationId);
    if (ClockArithmetic.isPaused(ledger.findSegments(applicationId))) {
      throw ProblemException.conflict("CLOCK_ALREADY_PAUSED");
    }
    Instant now = clock.instant();
    ledger.endOpenSegments(applicationId, LocalDate.ofInstant(now, Times.ZONE), now, actor);
    ledger.insertSegment(
        SegmentRow.paused(row.applicationId(), reason, now, actor, legalBasis, comment));
    return changed(ClockChanged.changed(applicationId, SegmentKind.PAUSED));
  }

  /** Lets a paused clock run again. */
  @Transactional
  public ClockState resume(String applicationId, String legalBasis, String actor) {
    running(applicationId);
    if (!ClockArithmetic.isPaused(ledger.findSegments(applicationId))) {
      throw ProblemException.conflict("CLOCK_NOT_PAUSED");
    }
    Instant now = clock.instant();
    ledger.endOpenSegments(applicationId, LocalDate.ofInstant(now, Times.ZONE), now, actor);
    ledger.insertSegment(SegmentRow.running(applicationId, now, actor, legalBasis));
    return changed(ClockChanged.changed(applicationId, SegmentKind.RUNNING));
  }

  /** Adds working days to the limit (§42), within the item's maximum; a reason is mandatory. */
  @Transactional
  public ClockState extend(
      String applicationId, int days, String legalBasis, String reason, String actor) {
    ClockRow row = running(applicationId);
    int extended = ClockArithmetic.extendedDays(ledger.findSegments(applicationId));
    if (days < 1 || extended + days > row.maxExtension()) {
      throw ProblemException.badRequest(
          "EXTENSION_EXCEEDS_MAXIMUM", days, row.maxExtension() - extended);
    }
    ledger.insertSegment(
        SegmentRow.extended(applicationId, days, clock.instant(), actor, legalBasis, reason));
    return changed(ClockChanged.changed(applicationId, SegmentKind.EXTENDED));
  }

  /** Stops the clock for good: the application is decided. */
  @Transactional
  public void finish(String applicationId, String actor) {
    stop(applicationId, actor, false);
  }

  /**
   * Stops the clock for good because the applicant withdrew the application: the ledger closes now,
   * the warning level stays as it was, and the time is not counted among decided applications.
   */
  @Transactional
  public void withdraw(String applicationId, String actor) {
    stop(applicationId, actor, true);
  }

  private void stop(String applicationId, String actor, boolean withdrawn) {
    ClockRow row = locked(applicationId);
    if (row == null || row.finishedOn() != null) {
      return; // never accepted (no clock ran), or stopped already
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
    ledger.endOpenSegments(applicationId, today, now, actor);
    ledger.finish(applicationId, today);
    events.publishEvent(ClockChanged.stopped(applicationId, withdrawn));
  }

  /** The clock as its ledger says now; empty for an application not (yet) accepted. */
  @Transactional(readOnly = true)
  public Optional<ClockState> state(String applicationId) {
    return stateOf(ledger.findClock(applicationId));
  }

  /**
   * The clock as its ledger says now, with the warning timer it has, read with its row locked until
   * the transaction ends, as every change of the ledger and of its timer locks it; empty for an
   * application not (yet) accepted.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Optional<LockedClock> lockedState(String applicationId) {
    LockedClockRow row = ledger.lockClock(applicationId);
    return row == null
        ? Optional.empty()
        : stateOf(row.clock()).map(state -> new LockedClock(state, row.timerJobId()));
  }

  /**
   * A clock read with its row locked.
   *
   * @param timerJobId the engine job armed to turn its warning level next, null for none
   */
  record LockedClock(ClockState state, String timerJobId) {}

  private Optional<ClockState> stateOf(ClockRow row) {
    if (row == null) {
      return Optional.empty();
    }
    return Optional.of(derive(row, ledger.findSegments(row.applicationId()), clock.instant()));
  }

  private ClockState changed(ClockChanged change) {
    events.publishEvent(change);
    return state(change.applicationId()).orElseThrow();
  }

  ClockState derive(ClockRow row, List<SegmentRow> segments, Instant now) {
    return arithmetic.derive(row, segments, now);
  }

  /**
   * The warning level now of any limit (an application's or one step's) by DESIGN.md §5: RED once
   * the deadline has passed, YELLOW while the days left (today and the deadline day included) are
   * at most max(1, ⌈20% of the limit⌉), else GREEN.
   */
  public LimitLevel limitLevel(OffsetDateTime deadline, int limit, LimitUnit unit) {
    return arithmetic.limitLevel(clock.instant(), deadline, limit, unit);
  }

  /**
   * The level of a limit finished now, as a stopped clock keeps it: RED when finished after the
   * deadline day, else GREEN.
   */
  public LimitLevel finishedLevel(OffsetDateTime deadline, LimitUnit unit) {
    return arithmetic.finishedLevel(clock.instant(), deadline, unit);
  }

  /**
   * When the level of a limit that began on {@code startedOn} and does not move turns YELLOW and
   * RED, for the timers that change it.
   */
  public WarningMoments warningMoments(
      LocalDate startedOn, OffsetDateTime deadline, int limit, LimitUnit unit) {
    return WarningSchedule.moments(startedOn, deadline, limit, unit, calendar);
  }

  // the clock's row, locked until the transaction ends; null for an application not accepted
  private ClockRow locked(String applicationId) {
    LockedClockRow row = ledger.lockClock(applicationId);
    return row == null ? null : row.clock();
  }

  private ClockRow running(String applicationId) {
    ClockRow row = locked(applicationId);
    if (row == null) {
      throw ProblemException.conflict("CLOCK_NOT_STARTED");
    }
    if (row.finishedOn() != null) {
      throw ProblemException.conflict("CLOCK_FINISHED");
    }
    return row;
  }
}
