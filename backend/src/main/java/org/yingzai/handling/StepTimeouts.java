package org.yingzai.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
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

  private final ProcessEngineConfigurationImpl engine;
  private final ArmedSteps armed;
  private final StepSchedules schedules;
  private final Clock clock;

  StepTimeouts(
      ProcessEngineConfigurationImpl engine,
      ArmedSteps armed,
      StepSchedules schedules,
      Clock clock) {
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
      engine
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                ExecutionEntity execution =
                    context.getExecutionManager().findExecutionById(executionId);
                create(
                    execution,
                    declarations(execution, task.taskKey()),
                    task.taskKey(),
                    StandardApproval.TIMEOUT_STEP,
                    schedule);
                return null;
              });
    }
  }

  /**
   * Moves the open task's timer to the schedule's next moment (the YELLOW and RED timers of a task
   * of a version before to theirs; a moment already reached to the far future: the level is set at
   * once instead); true when one changed. One engine command reads the task, its execution and its
   * timers once and moves or creates them.
   */
  boolean rearm(String taskId, String taskKey, StepSchedule schedule) {
    // null when the task is missing: thrown outside the command, which would log it as an error
    Boolean moved =
        engine
            .getCommandExecutorTxRequired()
            .execute(context -> rearmIn(context, taskId, taskKey, schedule));
    if (moved == null) {
      throw new IllegalStateException("Open task " + taskId + " is not in the engine");
    }
    return moved;
  }

  private Boolean rearmIn(
      CommandContext context, String taskId, String taskKey, StepSchedule schedule) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    ExecutionEntity execution = task.getExecution();
    Map<String, TimerDeclarationImpl> declared = declarations(execution, taskKey);
    List<TimerEntity> timers = context.getJobManager().findTimersByExecutionId(execution.getId());
    // a task of this version carries the one listener; one of a version before, the two
    if (declared.containsKey(StandardApproval.TIMEOUT_STEP)) {
      return rearmOne(execution, declared, taskKey, schedule, timers);
    }
    boolean yellow =
        rearm(
            execution,
            declared,
            taskKey,
            StandardApproval.TIMEOUT_STEP_YELLOW,
            schedule.yellowAt(),
            schedule,
            timers);
    boolean red =
        rearm(
            execution,
            declared,
            taskKey,
            StandardApproval.TIMEOUT_STEP_RED,
            schedule.redAt(),
            schedule,
            timers);
    return yellow || red;
  }

  private boolean rearmOne(
      ExecutionEntity execution,
      Map<String, TimerDeclarationImpl> declared,
      String taskKey,
      StepSchedule schedule,
      List<TimerEntity> timers) {
    Instant now = clock.instant();
    Optional<Instant> next = StepTimers.nextMoment(schedule, now);
    Optional<TimerEntity> timer = find(timers, taskKey, StandardApproval.TIMEOUT_STEP);
    if (timer.isEmpty()) {
      if (next.isEmpty()) {
        return false;
      }
      create(execution, declared, taskKey, StandardApproval.TIMEOUT_STEP, schedule);
      return true;
    }
    Date current = timer.get().getDuedate();
    Date dueDate = next.map(Date::from).orElse(StepTimers.NEVER);
    // a timer due already is about to fire: it derives the level and arms the next moment itself
    if (current.getTime() == dueDate.getTime() || !current.toInstant().isAfter(now)) {
      return false;
    }
    timer.get().setDuedate(dueDate);
    return true;
  }

  private boolean rearm(
      ExecutionEntity execution,
      Map<String, TimerDeclarationImpl> declared,
      String taskKey,
      String listenerId,
      Instant moment,
      StepSchedule schedule,
      List<TimerEntity> timers) {
    Instant now = clock.instant();
    Date dueDate = StepTimers.dueDate(moment, now);
    Optional<TimerEntity> timer = find(timers, taskKey, listenerId);
    if (timer.isPresent()) {
      long current = timer.get().getDuedate().getTime();
      // a timer at its moment keeps it, also one whose moment has just passed and that is to fire
      if (current == dueDate.getTime() || current == moment.toEpochMilli()) {
        return false;
      }
      timer.get().setDuedate(dueDate);
      return true;
    }
    if (!moment.isAfter(now)) {
      // it fired, and its moment has passed under the new calendar too
      return false;
    }
    create(execution, declared, taskKey, listenerId, schedule);
    return true;
  }

  private static Map<String, TimerDeclarationImpl> declarations(
      ExecutionEntity execution, String taskKey) {
    return TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(execution.getActivity())
        .getOrDefault(taskKey, Map.of());
  }

  private static Optional<TimerEntity> find(
      List<TimerEntity> timers, String taskKey, String listenerId) {
    String configuration =
        taskKey
            + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
            + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX
            + listenerId;
    return timers.stream()
        .filter(
            timer ->
                TimerTaskListenerJobHandler.TYPE.equals(timer.getJobHandlerType())
                    && configuration.equals(timer.getJobHandlerConfigurationRaw()))
        .findFirst();
  }

  // inside the engine's command: the timer's date expression asks stepTimers, which answers from
  // the schedule armed here
  private void create(
      ExecutionEntity execution,
      Map<String, TimerDeclarationImpl> declared,
      String taskKey,
      String listenerId,
      StepSchedule schedule) {
    TimerDeclarationImpl declaration = declared.get(listenerId);
    if (declaration == null) {
      throw new IllegalStateException(
          "Task " + taskKey + " declares no timeout listener " + listenerId);
    }
    armed.put(execution.getId(), new ArmedSteps.Armed(null, schedule));
    try {
      declaration.createTimer(execution);
    } finally {
      armed.take(execution.getId());
    }
  }
}
