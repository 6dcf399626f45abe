package org.yingzai.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.processes.StandardApproval;

/**
 * The step timer of an open task in the engine (the two of a task of a version before), armed for
 * the next moment of its schedule counted afresh. The engine keeps a timeout listener's timer as a
 * job of the task's execution with the handler type {@code timer-task-listener} and the
 * configuration {@code <task key>$taskListener~<listener id>}, which tells the listeners apart. A
 * timer that has fired is gone; when a moment lies ahead again it is created anew from the task's
 * declaration, as the engine does when it enters the task (the engine offers no public API for
 * that).
 */
@Component
class StepTimeouts {

  private final TaskService tasks;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engine;
  private final ArmedSteps armed;
  private final StepSchedules schedules;
  private final Clock clock;

  StepTimeouts(
      TaskService tasks,
      ManagementService management,
      ProcessEngineConfigurationImpl engine,
      ArmedSteps armed,
      StepSchedules schedules,
      Clock clock) {
    this.tasks = tasks;
    this.management = management;
    this.engine = engine;
    this.armed = armed;
    this.schedules = schedules;
    this.clock = clock;
  }

  /**
   * The open task's step timer has just fired (and is gone once its job ends): arms it again for
   * the next moment its step's level changes, if one is left; {@code task} is its row, locked.
   */
  void armNext(WorkTaskRow task, String executionId) {
    if (task.stepLimit() == null) {
      return;
    }
    StepSchedule schedule = schedules.startedWith(task);
    if (StepTimers.nextMoment(schedule, clock.instant()).isPresent()) {
      create(executionId, task.taskKey(), StandardApproval.TIMEOUT_STEP, schedule);
    }
  }

  /**
   * Moves the open task's timer to the schedule's next moment (the YELLOW and RED timers of a task
   * of a version before to theirs; a moment already reached to the far future: the level is set at
   * once instead); true when one changed.
   */
  boolean rearm(String taskId, String taskKey, StepSchedule schedule) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new IllegalStateException("Open task " + taskId + " is not in the engine");
    }
    String executionId = task.getExecutionId();
    List<Job> timers = management.createJobQuery().executionId(executionId).timers().list();
    if (declaresOneTimer(executionId, taskKey)) {
      return rearmOne(executionId, taskKey, schedule, timers);
    }
    boolean yellow =
        rearm(
            executionId,
            taskKey,
            StandardApproval.TIMEOUT_STEP_YELLOW,
            schedule.yellowAt(),
            schedule,
            timers);
    boolean red =
        rearm(
            executionId,
            taskKey,
            StandardApproval.TIMEOUT_STEP_RED,
            schedule.redAt(),
            schedule,
            timers);
    return yellow || red;
  }

  private boolean rearmOne(
      String executionId, String taskKey, StepSchedule schedule, List<Job> timers) {
    Instant now = clock.instant();
    Optional<Instant> next = StepTimers.nextMoment(schedule, now);
    Optional<Job> timer = find(timers, taskKey, StandardApproval.TIMEOUT_STEP);
    if (timer.isEmpty()) {
      if (next.isEmpty()) {
        return false;
      }
      create(executionId, taskKey, StandardApproval.TIMEOUT_STEP, schedule);
      return true;
    }
    Date current = timer.get().getDuedate();
    Date dueDate = next.map(Date::from).orElse(StepTimers.NEVER);
    // a timer due already is about to fire: it derives the level and arms the next moment itself
    if (current.getTime() == dueDate.getTime() || !current.toInstant().isAfter(now)) {
      return false;
    }
    management.setJobDuedate(timer.get().getId(), dueDate);
    return true;
  }

  // a task of this version carries the one listener; one of a version before, the two
  private boolean declaresOneTimer(String executionId, String taskKey) {
    return engine
        .getCommandExecutorTxRequired()
        .execute(
            context ->
                TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(
                        context.getExecutionManager().findExecutionById(executionId).getActivity())
                    .getOrDefault(taskKey, Map.of())
                    .containsKey(StandardApproval.TIMEOUT_STEP));
  }

  private boolean rearm(
      String executionId,
      String taskKey,
      String listenerId,
      Instant moment,
      StepSchedule schedule,
      List<Job> timers) {
    Instant now = clock.instant();
    Date dueDate = StepTimers.dueDate(moment, now);
    Optional<Job> timer = find(timers, taskKey, listenerId);
    if (timer.isPresent()) {
      long current = timer.get().getDuedate().getTime();
      // a timer at its moment keeps it, also one whose moment has just passed and that is to fire
      if (current == dueDate.getTime() || current == moment.toEpochMilli()) {
        return false;
      }
      management.setJobDuedate(timer.get().getId(), dueDate);
      return true;
    }
    if (!moment.isAfter(now)) {
      // it fired, and its moment has passed under the new calendar too
      return false;
    }
    create(executionId, taskKey, listenerId, schedule);
    return true;
  }

  private static Optional<Job> find(List<Job> timers, String taskKey, String listenerId) {
    String configuration =
        taskKey
            + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
            + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX
            + listenerId;
    return timers.stream()
        .filter(
            job -> {
              if (!(job instanceof JobEntity entity)) {
                throw new IllegalStateException("Job " + job.getId() + " shows no handler");
              }
              return TimerTaskListenerJobHandler.TYPE.equals(entity.getJobHandlerType())
                  && configuration.equals(entity.getJobHandlerConfigurationRaw());
            })
        .findFirst();
  }

  private void create(
      String executionId, String taskKey, String listenerId, StepSchedule schedule) {
    // the timer's date expression asks stepTimers, which answers from the schedule armed here
    armed.put(executionId, new ArmedSteps.Armed(null, schedule));
    try {
      engine
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                ExecutionEntity execution =
                    context.getExecutionManager().findExecutionById(executionId);
                TimerDeclarationImpl declaration =
                    TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(
                            execution.getActivity())
                        .getOrDefault(taskKey, Map.of())
                        .get(listenerId);
                if (declaration == null) {
                  throw new IllegalStateException(
                      "Task " + taskKey + " declares no timeout listener " + listenerId);
                }
                declaration.createTimer(execution);
                return null;
              });
    } finally {
      armed.take(executionId);
    }
  }
}
