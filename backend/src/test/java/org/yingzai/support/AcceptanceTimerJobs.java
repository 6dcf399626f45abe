package org.yingzai.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.yingzai.processes.StandardApproval;

/** The §32 timer of an approval's accept task, and running it when due by the engine's clock. */
public final class AcceptanceTimerJobs {

  private AcceptanceTimerJobs() {}

  /** The §32 timers of the process instance, due or not. */
  public static List<Job> of(ManagementService management, String processInstanceId) {
    return management
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(StandardApproval.EVENT_ACCEPTANCE_DUE)
        .timers()
        .list();
  }

  /** Runs the process instance's §32 timers due now, as the job executor would; how many ran. */
  public static int runDue(ManagementService management, String processInstanceId) {
    List<Job> due =
        management
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .activityId(StandardApproval.EVENT_ACCEPTANCE_DUE)
            .timers()
            .executable()
            .list();
    due.forEach(job -> management.executeJob(job.getId()));
    return due.size();
  }
}
