package org.yingzai.clock;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.clock.ClockLedger.LockedClock;
import org.yingzai.clock.StepWarningChangeMapper.StepWarningChangeRow;
import org.yingzai.clock.WarningChangeMapper.WarningChangeRow;
import org.yingzai.shared.Times;

/**
 * Warning levels (DESIGN.md §5) as the clocks' warning timers change them: each change re-derived
 * from the ledger, recorded as a {@link WarningChange} and published as {@link
 * WarningLevelChanged}. Steps' levels, which the step timers of the approval process change, are
 * recorded beside them as {@link StepWarningChange}s.
 */
@Service
public class WarningService {

  private final ClockLedger ledger;
  private final WarningChangeMapper events;
  private final StepWarningChangeMapper stepEvents;
  private final WorkingCalendar calendar;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  WarningService(
      ClockLedger ledger,
      WarningChangeMapper events,
      StepWarningChangeMapper stepEvents,
      WorkingCalendar calendar,
      Clock clock,
      ApplicationEventPublisher publisher) {
    this.ledger = ledger;
    this.events = events;
    this.stepEvents = stepEvents;
    this.calendar = calendar;
    this.clock = clock;
    this.publisher = publisher;
  }

  /** Every change of the application's warning level, oldest first; empty before acceptance. */
  @Transactional(readOnly = true)
  public List<WarningChange> events(String applicationId) {
    return events.findByApplication(applicationId).stream().map(WarningService::event).toList();
  }

  /** Every change of the warning level of the application's steps, oldest first. */
  @Transactional(readOnly = true)
  public List<StepWarningChange> stepEvents(String applicationId) {
    return stepEvents.findByApplication(applicationId).stream()
        .map(WarningService::stepEvent)
        .toList();
  }

  /** Records a change of the level of one of the application's steps. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordStep(String applicationId, StepWarningChange event) {
    stepEvents.insert(
        new StepWarningChangeRow(
            null,
            applicationId,
            event.taskId(),
            event.taskKey(),
            event.step(),
            event.levelFrom(),
            event.levelTo(),
            event.at().toInstant(),
            event.dueAt().toInstant(),
            event.daysLeft(),
            event.cause()));
  }

  /**
   * Derives the level from the ledger and records it if it changed; a paused clock keeps the level
   * it had. The first level of a clock is recorded as {@link WarningCause#STARTED}.
   *
   * @return when the level changes next, for the clock's warning timer
   */
  @Transactional(propagation = Propagation.MANDATORY)
  LockedSchedule record(String applicationId, WarningCause cause) {
    return derive(applicationId, cause);
  }

  /** When the level changes next, recording nothing: for a clock just paused. */
  @Transactional(propagation = Propagation.MANDATORY)
  LockedSchedule schedule(String applicationId) {
    return derive(applicationId, null);
  }

  private LockedSchedule derive(String applicationId, WarningCause cause) {
    // the clock's row lock orders a timer against a concurrent change of the ledger
    LockedClock locked =
        ledger
            .lockedState(applicationId)
            .orElseThrow(
                () -> new IllegalStateException("Application " + applicationId + " has no clock"));
    ClockState state = locked.state();
    Instant now = clock.instant();
    WarningLevel from = events.findLastLevel(applicationId);
    boolean keepsLevel = from != null && (cause == null || state.paused());
    if (!keepsLevel && state.warningLevel() != from) {
      WarningCause why = from == null ? WarningCause.STARTED : cause;
      events.insert(
          new WarningChangeRow(
              null,
              applicationId,
              from,
              state.warningLevel(),
              now,
              state.deadline().toInstant(),
              state.daysLeft(),
              why));
      publisher.publishEvent(
          new WarningLevelChanged(
              applicationId, from, state.warningLevel(), state.deadline(), state.daysLeft(), why));
    }
    return new LockedSchedule(
        applicationId, locked.timerJobId(), WarningSchedule.of(state, calendar, now));
  }

  private static StepWarningChange stepEvent(StepWarningChangeRow row) {
    return new StepWarningChange(
        row.taskId(),
        row.taskKey(),
        row.step(),
        row.levelFrom(),
        row.levelTo(),
        Times.local(row.at()),
        Times.local(row.dueAt()),
        row.daysLeft(),
        row.cause());
  }

  private static WarningChange event(WarningChangeRow row) {
    return new WarningChange(
        row.levelFrom(),
        row.levelTo(),
        Times.local(row.at()),
        Times.local(row.deadline()),
        row.daysLeft(),
        row.cause());
  }
}
