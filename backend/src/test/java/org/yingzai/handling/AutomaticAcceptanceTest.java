package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.Times;
import org.yingzai.support.AcceptanceTimerJobs;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * 行政许可法 §32: an application neither accepted nor returned within five working days of receipt is
 * accepted as of its receipt date, by the engine's timer on the accept task.
 */
@WithHall
class AutomaticAcceptanceTest {

  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @Test
  void committedApplicationLeftUnacceptedIsAcceptedAsOfItsReceiptAndGoesToReview() {
    // received Monday 2 March: the fifth working day after it is Monday 9 March
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String acceptTask = journeys.taskId(hall.clerk(), id);
    assertThat(dueAt(timer(id))).isEqualTo("2026-03-09T23:59:59+08:00");
    // a row of the engine's job table: it outlives a restart of the application
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
                    + " WHERE j.PROCESS_INSTANCE_ID_ = ? AND j.TYPE_ = 'timer' AND d.ACT_ID_ = ?",
                Integer.class,
                processInstance(id),
                StandardApproval.EVENT_ACCEPTANCE_DUE))
        .isEqualTo(1);

    EngineTime.at("2026-03-09T23:59:58+08:00");
    assertThat(runDueTimers(id)).isZero();
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");

    EngineTime.at("2026-03-10T00:00:00+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);

    JsonNode accepted = journeys.application(hall.enterprise(), id);
    assertThat(accepted.path("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(accepted.path("acceptedAt").asText()).isEqualTo("2026-03-02T10:15:00+08:00");
    JsonNode clock = accepted.path("clock");
    assertThat(clock.path("acceptedAt").asText()).isEqualTo("2026-03-02T00:00:00+08:00");
    // 8 working days from the receipt date, not from the day the timer ran
    assertThat(accepted.path("deadline").asText()).isEqualTo("2026-03-12T23:59:59+08:00");
    assertThat(clock.path("workingDaysUsed").asInt()).isEqualTo(6);
    JsonNode running = clock.path("segments").get(0);
    assertThat(running.path("kind").asText()).isEqualTo("RUNNING");
    assertThat(running.path("startedBy").asText()).isEqualTo("system");
    assertThat(running.path("legalBasis").asText()).contains("行政许可法》第三十二条");
    JsonNode entry = accepted.path("timeline").get(accepted.path("timeline").size() - 1);
    assertThat(entry.path("step").asText()).isEqualTo("ACCEPT");
    assertThat(entry.path("action").asText()).isEqualTo("ACCEPTED_AUTOMATICALLY");
    assertThat(entry.path("actor").asText()).isEqualTo("system");
    assertThat(entry.path("actorName").asText()).isEqualTo("系统");
    assertThat(entry.path("at").asText()).isEqualTo("2026-03-10T00:00:00+08:00");
    assertThat(entry.path("comment").asText()).contains("第三十二条").contains("2026-03-02");
    assertThat(journeys.listed(hall.clerk(), id).orElseThrow().path("deadline").asText())
        .isEqualTo("2026-03-12T23:59:59+08:00");

    // the clerk's task is gone, closed by nobody's outcome
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
    Api.Response late =
        journeys
            .as(hall.clerk())
            .post("/api/tasks/" + acceptTask + "/complete", Api.complete("ACCEPT", null));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.code()).isEqualTo("TASK_ALREADY_COMPLETED");
    assertThat(
            jdbc.queryForMap(
                "SELECT completed_by, outcome FROM work_task WHERE task_id = ?", acceptTask))
        .containsEntry("completed_by", "system")
        .containsEntry("outcome", null);
    assertThat(timers(id)).isEmpty();

    JsonNode review = journeys.findTask(hall.reviewer(), id).orElseThrow();
    assertThat(review.path("step").asText()).isEqualTo("REVIEW");
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");
  }

  @Test
  void instantApplicationLeftUnacceptedGoesToTheDecision() {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());

    EngineTime.at("2026-03-10T08:30:00+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);

    JsonNode accepted = journeys.application(hall.enterprise(), id);
    assertThat(accepted.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(accepted.path("acceptedAt").asText()).isEqualTo("2026-03-02T10:15:00+08:00");
    // an instant item is due the day it is accepted: the receipt day, long past
    assertThat(accepted.path("deadline").asText()).isEqualTo("2026-03-02T23:59:59+08:00");
    assertThat(accepted.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
    assertThat(journeys.findTask(hall.reviewer(), id)).isEmpty();
    JsonNode decision = journeys.findTask(hall.approver(), id).orElseThrow();
    assertThat(decision.path("step").asText()).isEqualTo("DECIDE");

    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");
  }

  @Test
  void answeredSupplementIsANewReceiptFromWhichTheFiveDaysStartAgain() {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    EngineTime.at("2026-03-04T09:00:00+08:00");
    journeys.requestSupplement(hall.clerk(), id, "缺少总平面图", "M03");
    assertThat(timers(id)).as("no timer while the applicant supplements").isEmpty();

    // answered on Wednesday 11 March: due at the end of Wednesday 18 March
    EngineTime.at("2026-03-11T14:00:00+08:00");
    Api enterprise = journeys.as(hall.enterprise());
    enterprise.upload("/api/applications/" + id + "/materials", "M03", "总平面图.pdf", Files.pdf("p"));
    assertThat(enterprise.post("/api/applications/" + id + "/supplement", null).status())
        .isEqualTo(200);
    assertThat(dueAt(timer(id))).isEqualTo("2026-03-18T23:59:59+08:00");

    EngineTime.at("2026-03-16T09:00:00+08:00");
    assertThat(runDueTimers(id)).isZero();
    EngineTime.at("2026-03-19T00:00:00+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);

    JsonNode accepted = journeys.application(hall.enterprise(), id);
    assertThat(accepted.path("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(accepted.path("acceptedAt").asText()).isEqualTo("2026-03-11T14:00:00+08:00");
    assertThat(accepted.path("deadline").asText()).isEqualTo("2026-03-23T23:59:59+08:00");
  }

  @Test
  void fiveWorkingDaysCountTheCalendarAcrossNationalDay() {
    // received 30 September 2026; 1–7 October are holidays, Saturday 10 October is a working day
    EngineTime.at("2026-09-30T16:00:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertThat(dueAt(timer(id))).isEqualTo("2026-10-13T23:59:59+08:00");

    EngineTime.at("2026-10-14T00:00:00+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);
    JsonNode accepted = journeys.application(hall.enterprise(), id);
    assertThat(accepted.path("acceptedAt").asText()).isEqualTo("2026-09-30T16:00:00+08:00");
    assertThat(accepted.path("deadline").asText()).isEqualTo("2026-10-16T23:59:59+08:00");
  }

  @Test
  void acceptanceInTimeCancelsTheTimer() {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    EngineTime.at("2026-03-09T17:00:00+08:00");
    journeys.complete(hall.clerk(), id, "ACCEPT", null);

    assertThat(timers(id)).isEmpty();
    EngineTime.at("2026-03-20T00:00:00+08:00");
    assertThat(runDueTimers(id)).isZero();
    JsonNode accepted = journeys.application(hall.enterprise(), id);
    assertThat(accepted.path("acceptedAt").asText()).isEqualTo("2026-03-09T17:00:00+08:00");
    assertThat(accepted.path("timeline").toString()).doesNotContain("ACCEPTED_AUTOMATICALLY");
  }

  private String processInstance(String applicationId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM application WHERE id = ?", String.class, applicationId);
  }

  /** The §32 timers; the steps' own timers are tested elsewhere. */
  private List<Job> timers(String applicationId) {
    return AcceptanceTimerJobs.of(management, processInstance(applicationId));
  }

  private Job timer(String applicationId) {
    List<Job> timers = timers(applicationId);
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }

  /**
   * Runs the application's §32 timers that are due by the engine's clock, as the job executor
   * would.
   */
  private int runDueTimers(String applicationId) {
    return AcceptanceTimerJobs.runDue(management, processInstance(applicationId));
  }

  private static String dueAt(Job job) {
    return Times.local(job.getDuedate().toInstant()).toString();
  }
}
