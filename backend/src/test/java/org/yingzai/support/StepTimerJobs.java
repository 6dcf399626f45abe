package org.yingzai.support;

import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.yingzai.processes.StandardApproval;

/** The step timers of an approval, and running those due by the engine's clock. */
public final class StepTimerJobs {

  private StepTimerJobs() {}

  /** The step timers of the process instance, due or not. */
  public static List<Job> of(ManagementService management, String processInstanceId) {
    return query(management, processInstanceId, UnaryOperator.identity());
  }

  /** Runs every step timer of the process instance due now, one at a time, as the job executor. */
  public static int runDue(ManagementService management, String processInstanceId) {
    int ran = 0;
    List<Job> due;
    while (!(due = query(management, processInstanceId, JobQuery::executable)).isEmpty()) {
      management.executeJob(due.get(0).getId());
      ran++;
    }
    return ran;
  }

  // the timeout listeners' jobs live on the activity of their task
  private static List<Job> query(
      ManagementService management, String processInstanceId, UnaryOperator<JobQuery> narrow) {
    return StandardApproval.TASKS_WITH_STEP_TIMERS.stream()
        .flatMap(
            taskKey ->
                narrow
                    .apply(
                        management
                            .createJobQuery()
                            .processInstanceId(processInstanceId)
                            .activityId(taskKey)
                            .timers())
                    .list()
                    .stream())
        .toList();
  }
}
