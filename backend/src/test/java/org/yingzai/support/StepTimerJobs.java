package org.yingzai.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.yingzai.processes.StandardApproval;

/** Runs the step timers of an approval that are due by the engine's clock, as the job executor. */
public final class StepTimerJobs {

  private StepTimerJobs() {}

  /** The step timers of the process instance, due or not. */
  public static List<Job> of(ManagementService management, String processInstanceId) {
    return StandardApproval.TASKS_WITH_STEP_TIMERS.stream()
        .flatMap(
            taskKey ->
                management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .activityId(taskKey)
                    .timers()
                    .list()
                    .stream())
        .toList();
  }

  /** Runs every step timer of the process instance due now, one at a time; returns how many. */
  public static int runDue(ManagementService management, String processInstanceId) {
    int ran = 0;
    List<Job> due;
    while (!(due = due(management, processInstanceId)).isEmpty()) {
      management.executeJob(due.get(0).getId());
      ran++;
    }
    return ran;
  }

  private static List<Job> due(ManagementService management, String processInstanceId) {
    return StandardApproval.TASKS_WITH_STEP_TIMERS.stream()
        .flatMap(
            taskKey ->
                management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .activityId(taskKey)
                    .timers()
                    .executable()
                    .list()
                    .stream())
        .toList();
  }
}
