package org.yingzai.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.catalog.Catalog;
import org.yingzai.handling.WorkTaskMapper.OpenedTask;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.processes.Rectification;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.TaskVariables;

/**
 * Keeps the work queue table in step with the engine's user tasks, inside the engine's own
 * transaction (Camunda's Spring event bridge publishes each task event synchronously): each task
 * with its step's limit, due time and, for a task armed with step timers, its level.
 */
@Component
class WorkQueueSync {

  static final Map<String, Step> STEP_BY_TASK =
      Map.of(
          StandardApproval.TASK_ACCEPT, Step.ACCEPT,
          StandardApproval.TASK_REVIEW, Step.REVIEW,
          StandardApproval.TASK_SPECIAL_PROCEDURE, Step.REVIEW,
          StandardApproval.TASK_DECIDE, Step.DECIDE,
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE, Step.SUPPLEMENT,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW, Step.SUPPLEMENT,
          CommitmentVerification.TASK_VERIFY, Step.VERIFY,
          Rectification.TASK_CALL_BACK, Step.CALL_BACK,
          Rectification.TASK_RECTIFY, Step.RECTIFY);

  private final WorkTaskMapper workTasks;
  private final ApplicationProgress applications;
  private final Catalog catalog;
  private final StepSchedules schedules;
  private final ArmedSteps armedSteps;
  private final StepLevels steps;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  WorkQueueSync(
      WorkTaskMapper workTasks,
      ApplicationProgress applications,
      Catalog catalog,
      StepSchedules schedules,
      ArmedSteps armedSteps,
      StepLevels steps,
      Clock clock,
      ApplicationEventPublisher events) {
    this.workTasks = workTasks;
    this.applications = applications;
    this.catalog = catalog;
    this.schedules = schedules;
    this.armedSteps = armedSteps;
    this.steps = steps;
    this.clock = clock;
    this.events = events;
  }

  @EventListener
  void on(DelegateTask task) {
    switch (task.getEventName()) {
      case TaskListener.EVENTNAME_CREATE -> created(task);
      case TaskListener.EVENTNAME_ASSIGNMENT ->
          workTasks.updateAssignee(task.getId(), task.getAssignee());
      case TaskListener.EVENTNAME_COMPLETE -> completed(task);
      // cancelled, by the §32 timer or a withdrawal: nobody gave an outcome (an instance that
      // stores it holds an earlier step's); the application is locked before the row, in the order
      // a clerk's completion takes them
      case TaskListener.EVENTNAME_DELETE -> {
        applications.lock((String) TaskVariables.of(task, StandardApproval.VAR_APPLICATION_ID));
        workTasks.markCompleted(
            task.getId(),
            clock.instant(),
            CurrentUser.find().map(u -> u.username()).orElse(CurrentUser.SYSTEM),
            null);
        steps.stopped(task.getId());
      }
      default -> {
        // update and timeout change nothing that the queue shows
      }
    }
  }

  private void completed(DelegateTask task) {
    String outcome = OutcomeVariable.finishedWith(task);
    Instant now = clock.instant();
    workTasks.markCompleted(
        task.getId(),
        now,
        CurrentUser.find().map(u -> u.username()).orElse(task.getAssignee()),
        Outcome.named(outcome).orElse(null));
    WorkTaskRow row = steps.stopped(task.getId());
    if (row != null && outcome != null) {
      events.publishEvent(
          new StepFinished(
              task.getId(),
              row.applicationId(),
              task.getTaskDefinitionKey(),
              row.departmentCode(),
              row.itemCode(),
              outcome,
              task.getCreateTime().toInstant(),
              now));
    }
  }

  private void created(DelegateTask task) {
    String applicationId = (String) TaskVariables.of(task, StandardApproval.VAR_APPLICATION_ID);
    // a step's own limit, counted from the day its task appears: as its timers were armed with
    // when it has them; a task of an earlier process version has none, its level is derived
    Optional<ArmedSteps.Armed> armed = armedSteps.take(task.getExecutionId());
    ApplicationSummary application =
        armed
            .map(ArmedSteps.Armed::application)
            .orElseGet(() -> applications.summary(applicationId));
    Step step = STEP_BY_TASK.get(task.getTaskDefinitionKey());
    if (step == null) {
      throw new IllegalStateException("No step for task " + task.getTaskDefinitionKey());
    }
    String group =
        task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(link -> link.getGroupId())
            .filter(id -> id != null)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no group"));
    StepSchedule schedule =
        armed.isPresent()
            ? armed.get().schedule()
            : schedules
                .startingNow(
                    catalog.requireItem(application.itemCode()), task.getTaskDefinitionKey(), step)
                .orElse(null);
    // a step armed with timers keeps its level on its row from the start
    boolean keepsLevel = armed.isPresent() && schedule != null;
    OpenedTask row =
        OpenedTask.of(
            application,
            task.getId(),
            task.getTaskDefinitionKey(),
            step,
            group,
            task.getAssignee(),
            task.getCreateTime().toInstant(),
            // a task that brings its own due date (the verification deadline) keeps it
            task.getDueDate() != null
                ? task.getDueDate().toInstant()
                : schedule == null ? null : schedule.dueAt(),
            schedule,
            keepsLevel ? schedule.level() : null);
    workTasks.insert(row);
    if (keepsLevel) {
      steps.started(row, schedule);
    }
  }
}
