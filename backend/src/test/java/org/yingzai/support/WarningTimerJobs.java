package org.yingzai.support;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The warning timers of an application's clock in the engine's job table (handler type {@code
 * yingzai-warning-timer}, configuration = the application id), and running those due by the
 * engine's clock as the job executor would.
 */
public final class WarningTimerJobs {

  private static final String TYPE = "yingzai-warning-timer";

  private final JdbcTemplate jdbc;
  private final ManagementService management;

  public WarningTimerJobs(JdbcTemplate jdbc, ManagementService management) {
    this.jdbc = jdbc;
    this.management = management;
  }

  /** Every warning timer of the application's clock, due or not. */
  public List<Job> of(String applicationId) {
    return jdbc
        .queryForList(
            "SELECT ID_ FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = ? AND HANDLER_CFG_ = ?",
            String.class,
            TYPE,
            applicationId)
        .stream()
        .map(id -> management.createJobQuery().jobId(id).singleResult())
        .filter(Objects::nonNull)
        .toList();
  }

  /** The warning timers of the application's clock due now by the engine's clock. */
  public List<Job> due(String applicationId) {
    return of(applicationId).stream()
        .filter(job -> management.createJobQuery().jobId(job.getId()).executable().count() > 0)
        .toList();
  }

  /** Runs every warning timer of the application's clock due now, one at a time. */
  public int runDue(String applicationId) {
    int ran = 0;
    List<Job> due;
    while (!(due = due(applicationId)).isEmpty()) {
      management.executeJob(due.get(0).getId());
      ran++;
    }
    return ran;
  }
}
