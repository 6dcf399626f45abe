package org.yingzai.handling;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.LimitLevel;
import org.yingzai.clock.StepWarningChange;
import org.yingzai.clock.WarningCause;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WarningService;
import org.yingzai.handling.WorkTaskMapper.OpenedTask;
import org.yingzai.handling.WorkTaskMapper.QueuedTask;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.shared.Times;

/**
 * The warning level of each step (DESIGN.md §5), kept on its work queue row: set when its task
 * appears, changed by the task's step timers and by calendar changes that move its due time,
 * settled when the task is finished. Every change is recorded as a step warning event; a clerk's
 * step turning RED is published as {@link StepTurnedRed}. Only tasks armed with step timers are
 * kept so: a task of an earlier process version has no stored level, and the queue derives it when
 * read. Every change is published as {@link StepLevelChanged}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class StepLevels {

  private final WorkTaskMapper workTasks;
  private final ClockLedger clocks;
  private final WarningService warnings;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  StepLevels(
      WorkTaskMapper workTasks,
      ClockLedger clocks,
      WarningService warnings,
      Clock clock,
      ApplicationEventPublisher events) {
    this.workTasks = workTasks;
    this.clocks = clocks;
    this.warnings = warnings;
    this.clock = clock;
    this.events = events;
  }

  /** Records the level a step armed with timers starts with; its queue row was inserted with it. */
  void started(OpenedTask task, StepSchedule schedule) {
    recorded(
        task, null, new LimitLevel(schedule.level(), schedule.daysLeft()), WarningCause.STARTED);
  }

  /**
   * A step timer fired: the level of the open task's step now.
   *
   * @return the task's row, locked, when its step keeps a level; empty when it does not or the task
   *     is finished
   */
  Optional<WorkTaskRow> timerFired(String taskId) {
    WorkTaskRow task = workTasks.lockById(taskId);
    if (task == null || task.completedAt() != null || task.warningLevel() == null) {
      return Optional.empty();
    }
    record(
        task,
        clocks.limitLevel(dueAt(task), task.stepLimit(), task.limitUnit()),
        WarningCause.TIMER);
    return Optional.of(task);
  }

  /**
   * A calendar change moved the open task's due time (already stored) or its timers: the level of
   * its step now.
   */
  void calendarChanged(String taskId) {
    WorkTaskRow task = workTasks.lockById(taskId);
    if (task == null || task.completedAt() != null || task.warningLevel() == null) {
      return;
    }
    record(
        task,
        clocks.limitLevel(dueAt(task), task.stepLimit(), task.limitUnit()),
        WarningCause.CALENDAR_CHANGED);
  }

  /**
   * The task was finished (or cancelled): RED if after its due day, else GREEN.
   *
   * @return the task's row, locked; null for a task the queue does not hold
   */
  WorkTaskRow stopped(String taskId) {
    WorkTaskRow task = workTasks.lockById(taskId);
    if (task != null && task.warningLevel() != null) {
      record(task, clocks.finishedLevel(dueAt(task), task.limitUnit()), WarningCause.STOPPED);
    }
    return task;
  }

  private void record(WorkTaskRow task, LimitLevel now, WarningCause cause) {
    if (now.level() == task.warningLevel()) {
      return;
    }
    workTasks.updateWarningLevel(task.taskId(), now.level());
    recorded(task, task.warningLevel(), now, cause);
  }

  // the step's warning history and the events of a change the queue row already shows
  private void recorded(QueuedTask task, WarningLevel from, LimitLevel now, WarningCause cause) {
    OffsetDateTime dueAt = dueAt(task);
    warnings.recordStep(
        task.applicationId(),
        new StepWarningChange(
            task.taskId(),
            task.taskKey(),
            task.step().name(),
            from,
            now.level(),
            Times.local(clock.instant()),
            dueAt,
            now.daysLeft(),
            cause));
    events.publishEvent(
        new StepLevelChanged(
            task.taskId(),
            task.applicationId(),
            task.taskKey(),
            task.step(),
            now.level(),
            dueAt,
            cause));
    String duty = dutyOf(task);
    if (now.level() == WarningLevel.RED && cause != WarningCause.STOPPED && duty != null) {
      events.publishEvent(
          new StepTurnedRed(
              task.taskId(),
              task.applicationId(),
              task.step(),
              task.departmentCode(),
              duty,
              dueAt));
    }
  }

  /** The clerks' duty of the task's group ({@code planning:review}); none for the applicant's. */
  static String dutyOf(QueuedTask task) {
    String prefix = task.departmentCode() + ":";
    return task.candidateGroup().startsWith(prefix)
        ? task.candidateGroup().substring(prefix.length())
        : null;
  }

  private static OffsetDateTime dueAt(QueuedTask task) {
    return Times.local(task.dueAt());
  }
}
