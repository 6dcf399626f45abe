package org.yingzai.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.processes.Rectification;
import org.yingzai.processes.StandardApproval;
import org.yingzai.processes.StepTimerMoments;
import org.yingzai.shared.Times;

/**
 * The moment the step timer of a task is armed for, asked by the engine when the task is entered
 * ({@code ${stepTimers.nextAt(execution)}}; the two timers of versions before ask {@code yellowAt}
 * and {@code redAt}). The step's schedule is computed once per entry and kept for the transaction
 * ({@link ArmedSteps}), so that the work queue stores the very limit and due time the timer was
 * armed with.
 */
@Component(StandardApproval.BEAN_STEP_TIMERS)
class StepTimers implements StepTimerMoments {

  /** A timer that is never due: the step has no limit, or its level is there from the start. */
  static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

  private final ApplicationProgress applications;
  private final Catalog catalog;
  private final StepSchedules schedules;
  private final ArmedSteps armed;
  private final Clock clock;

  StepTimers(
      ApplicationProgress applications,
      Catalog catalog,
      StepSchedules schedules,
      ArmedSteps armed,
      Clock clock) {
    this.applications = applications;
    this.catalog = catalog;
    this.schedules = schedules;
    this.armed = armed;
    this.clock = clock;
  }

  @Override
  public Date nextAt(DelegateExecution execution) {
    return schedule(execution)
        .flatMap(schedule -> nextMoment(schedule, clock.instant()))
        .map(Date::from)
        .orElse(NEVER);
  }

  /** The first moment ahead of {@code now} the step's level changes by itself: YELLOW, then RED. */
  static Optional<Instant> nextMoment(StepSchedule schedule, Instant now) {
    if (schedule.yellowAt().isAfter(now)) {
      return Optional.of(schedule.yellowAt());
    }
    return schedule.redAt().isAfter(now) ? Optional.of(schedule.redAt()) : Optional.empty();
  }

  @Override
  public Date yellowAt(DelegateExecution execution) {
    return dateOf(schedule(execution).map(StepSchedule::yellowAt));
  }

  @Override
  public Date redAt(DelegateExecution execution) {
    return dateOf(schedule(execution).map(StepSchedule::redAt));
  }

  private Date dateOf(Optional<Instant> moment) {
    return moment.map(at -> dueDate(at, clock.instant())).orElse(NEVER);
  }

  /**
   * The due date of a step timer for {@code moment}: a moment already reached arms nothing, the
   * level is set at once instead (when the task is entered, or when a calendar change moves it).
   */
  static Date dueDate(Instant moment, Instant now) {
    return moment.isAfter(now) ? Date.from(moment) : NEVER;
  }

  private Optional<StepSchedule> schedule(DelegateExecution execution) {
    ArmedSteps.Armed entry =
        armed
            .find(execution.getId())
            .orElseGet(
                () -> {
                  ArmedSteps.Armed computed = compute(execution);
                  armed.put(execution.getId(), computed);
                  return computed;
                });
    return Optional.ofNullable(entry.schedule());
  }

  private ArmedSteps.Armed compute(DelegateExecution execution) {
    // read here once, for the work queue too
    ApplicationSummary application =
        applications.summary((String) execution.getVariable(StandardApproval.VAR_APPLICATION_ID));
    String taskKey = execution.getCurrentActivityId();
    if (CommitmentVerification.TASK_VERIFY.equals(taskKey)) {
      // the verification deadline of the proofs committed to, in working days from today
      Number days = (Number) execution.getVariable(CommitmentVerification.VAR_VERIFICATION_DAYS);
      return new ArmedSteps.Armed(
          application,
          days == null
              ? null
              : schedules.startedOn(
                  LocalDate.ofInstant(clock.instant(), Times.ZONE),
                  days.intValue(),
                  LimitUnit.WORKING_DAYS));
    }
    if (Rectification.TASK_CALL_BACK.equals(taskKey)
        || Rectification.TASK_RECTIFY.equals(taskKey)) {
      // both counted from the rating, the day the rectification opens with both tasks
      return new ArmedSteps.Armed(
          application,
          schedules.startedOn(
              LocalDate.ofInstant(clock.instant(), Times.ZONE),
              Rectification.TASK_CALL_BACK.equals(taskKey)
                  ? Rectification.CALL_BACK_DAYS
                  : Rectification.RECTIFY_DAYS,
              LimitUnit.WORKING_DAYS));
    }
    return new ArmedSteps.Armed(
        application,
        schedules
            .startingNow(
                catalog.requireItem(application.itemCode()),
                taskKey,
                WorkQueueSync.STEP_BY_TASK.get(taskKey))
            .orElse(null));
  }
}
