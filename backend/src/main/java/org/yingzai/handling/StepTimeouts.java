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
import org.yingzai.processes.StandardApproval;

/**
 * The two step timers of an open task in the engine, moved to the moments of its schedule counted
 * afresh. The engine keeps a timeout listener's timer as a job of the task's execution with the
 * handler type {@code timer-task-listener} and the configuration {@code <task
 * key>$taskListener~<listener id>}, which tells the YELLOW timer from the RED one. A timer that has
 * fired is gone; when its moment lies ahead again it is created anew from the task's declaration,
 * as the engine does when it enters the task (the engine offers no public API for that).
 */
@Component
class StepTimeouts {

  private final TaskService tasks;
  private final ManagementService management;
  private final ProcessEngineConfigurationImpl engine;
  private final ArmedSteps armed;
  private final Clock clock;

  StepTimeouts(
      TaskService tasks,
      ManagementService management,
      ProcessEngineConfigurationImpl engine,
      ArmedSteps armed,
      Clock clock) {
    this.tasks = tasks;
    this.management = management;
    this.engine = engine;
    this.armed = armed;
    this.clock = clock;
  }

  /**
   * Moves the open task's YELLOW and RED timers to the schedule's moments (a moment already reached
   * to the far future: the level is set at once instead); true when either changed.
   */
  boolean rearm(String taskId, String taskKey, StepSchedule schedule) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new IllegalStateException("Open task " + taskId + " is not in the engine");
    }
    String executionId = task.getExecutionId();
    List<Job> timers = management.createJobQuery().executionId(executionId).timers().list();
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
