package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.shared.Times;
import org.yingzai.support.EngineTime;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/**
 * A warning timer that fails (here: its clock is gone) is tried again five minutes later, as {@code
 * failed-job-retry-time-cycle} says, three times in all, and then becomes an incident.
 */
@WithHall
class WarningTimerRetriesTest {

  @Autowired WarningTimers timers;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void aFailingWarningTimerIsTriedAgainFiveMinutesApartThenBecomesAnIncident() {
    LocalDateTime due = LocalDateTime.of(2026, 3, 11, 0, 0);
    String id = UUID.randomUUID().toString();
    Instant dueAt = due.atZone(Times.ZONE).toInstant();
    transaction.executeWithoutResult(
        status ->
            timers.arm(
                new LockedSchedule(
                    id,
                    null,
                    new WarningSchedule(
                        dueAt, dueAt.plusSeconds(86_400), WarningSchedule.NextLevel.YELLOW))));
    WarningTimerJobs jobs = new WarningTimerJobs(jdbc, management);

    for (int tried = 1; tried <= 3; tried++) {
      LocalDateTime at = due.plusMinutes(5L * (tried - 1));
      EngineTime.at(at);
      Job job = jobs.due(id).get(0);
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("has no clock");
      Job after = jobs.of(id).get(0);
      assertThat(after.getRetries()).isEqualTo(3 - tried);
      if (tried < 3) {
        assertThat(after.getDuedate())
            .isEqualTo(Date.from(at.plusMinutes(5).atZone(Times.ZONE).toInstant()));
        EngineTime.at(at.plusMinutes(4));
        assertThat(jobs.due(id)).isEmpty();
      }
    }
    Job failed = jobs.of(id).get(0);
    assertThat(management.createJobQuery().jobId(failed.getId()).noRetriesLeft().count())
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_INCIDENT WHERE CONFIGURATION_ = ?",
                Integer.class,
                failed.getId()))
        .isEqualTo(1);
    management.deleteJob(failed.getId());
  }
}
