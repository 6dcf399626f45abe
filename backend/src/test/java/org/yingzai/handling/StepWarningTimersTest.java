package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.processes.StandardApproval;
import org.yingzai.support.Api;
import org.yingzai.support.EarlierModels;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.StepTimerJobs;
import org.yingzai.support.WithHall;

/**
 * Steps' levels changed by the engine's timers at the exact moment, recorded as step warning
 * events, kept on the work queue and, at RED, told to the clerks who hold the step's duty. The
 * committed item's steps: ACCEPT 1 working day, REVIEW 5, DECIDE 2; the instant item's ACCEPT 0.
 */
@WithHall
class StepWarningTimersTest {

  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;
  StepObservations observed;

  @BeforeEach
  void setUp() {
    observed = new StepObservations(journeys, management, jdbc, hall.supervisor());
  }

  private static void now(int month, int day, int hour, int minute, int second) {
    EngineTime.at(LocalDateTime.of(2026, month, day, hour, minute, second));
  }

  private String storedLevel(String taskId) {
    return jdbc.queryForObject(
        "SELECT warning_level FROM work_task WHERE task_id = ?", String.class, taskId);
  }

  private boolean queued(String username, String level, String taskId) {
    Api.Response queue = journeys.as(username).get("/api/tasks?size=100&warningLevel=" + level);
    assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
    for (JsonNode task : queue.body().path("content")) {
      assertThat(task.path("warningLevel").asText()).isEqualTo(level);
      if (taskId.equals(task.path("id").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aStepTurnsYellowThenRedByItsTimersAndTheClerksHoldingItsDutyAreTold() {
    // Friday before the 2026 Spring Festival: Saturday Feb 14 is worked, Feb 15–23 are off
    now(2, 13, 10, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    String taskId = task.path("id").asText();
    assertThat(task.path("dueAt").asText()).isEqualTo("2026-02-14T23:59:59+08:00");
    assertThat(task.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(storedLevel(taskId)).isEqualTo("GREEN");
    // one timer, at the next moment: YELLOW; the RED one is armed when it has fired
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-02-14T00:00+08:00");
    assertThat(observed.stepEvents(id)).containsExactly("ACCEPT:-:GREEN:STARTED:2");
    assertThat(queued(hall.clerk(), "GREEN", taskId)).isTrue();
    assertThat(queued(hall.clerk(), "YELLOW", taskId)).isFalse();

    now(2, 13, 23, 59, 59);
    assertThat(observed.runDueStepTimers(id)).isZero();
    now(2, 14, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(storedLevel(taskId)).isEqualTo("YELLOW");
    assertThat(queued(hall.clerk(), "YELLOW", taskId)).isTrue();
    assertThat(queued(hall.clerk(), "GREEN", taskId)).isFalse();
    assertThat(observed.stepEvents(id))
        .containsExactly("ACCEPT:-:GREEN:STARTED:2", "ACCEPT:GREEN:YELLOW:TIMER:1");
    JsonNode turned = journeys.application(hall.supervisor(), id).path("stepWarningEvents").get(1);
    assertThat(turned.path("taskId").asText()).isEqualTo(taskId);
    assertThat(turned.path("taskKey").asText()).isEqualTo("accept");
    assertThat(turned.path("at").asText()).isEqualTo("2026-02-14T00:00:00+08:00");
    assertThat(turned.path("dueAt").asText()).isEqualTo("2026-02-14T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-02-15T00:00+08:00");

    now(2, 14, 23, 59, 59);
    assertThat(observed.runDueStepTimers(id)).isZero();
    assertThat(observed.stepNotice(hall.clerk(), id)).isEmpty();
    now(2, 15, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(storedLevel(taskId)).isEqualTo("RED");
    assertThat(queued(hall.clerk(), "RED", taskId)).isTrue();
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2", "ACCEPT:GREEN:YELLOW:TIMER:1", "ACCEPT:YELLOW:RED:TIMER:0");
    assertThat(observed.stepTimerMoments(id)).isEmpty();

    // told: the department's clerks holding the accept duty, no one else
    JsonNode notice = observed.stepNotice(hall.clerk(), id).orElseThrow();
    assertThat(notice.path("title").asText()).contains(number).contains("受理");
    assertThat(notice.path("body").asText()).contains("2026-02-14 23:59");
    assertThat(observed.stepNotice(hall.reviewer(), id)).isEmpty();
    assertThat(observed.stepNotice(hall.approver(), id)).isEmpty();
    assertThat(observed.stepNotice(hall.outsider(), id)).isEmpty();
    assertThat(observed.stepNotice(hall.supervisor(), id)).isEmpty();

    // accepted late it stays RED; the review step starts on its own
    now(2, 24, 10, 0, 0);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(storedLevel(taskId)).isEqualTo("RED");
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2",
            "ACCEPT:GREEN:YELLOW:TIMER:1",
            "ACCEPT:YELLOW:RED:TIMER:0",
            "REVIEW:-:GREEN:STARTED:6");
    // five working days from Tuesday Feb 24: due Monday Mar 2, YELLOW from Sunday Mar 1 (one
    // working day left), RED after Monday
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-03-01T00:00+08:00");
    // the engine's job log keeps the two timers that ran, not the arming of the step timers and
    // the §32 timer, nor the §32 timer's deletion at the acceptance (0 created, 2 ran, 3 deleted)
    assertThat(
            jdbc.queryForList(
                "SELECT l.JOB_STATE_ FROM ACT_HI_JOB_LOG l"
                    + " JOIN application a ON a.process_instance_id = l.PROCESS_INSTANCE_ID_"
                    + " WHERE a.id = ? AND l.JOB_DEF_TYPE_ LIKE 'timer%'",
                Integer.class, id))
        .containsExactly(2, 2);
  }

  @Test
  void aStepFinishedOnTimeEndsGreenAndItsTimersGoWithItsTask() {
    now(3, 2, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    now(3, 3, 8, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(storedLevel(taskId)).isEqualTo("YELLOW");

    now(3, 3, 10, 0, 0);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);

    assertThat(storedLevel(taskId)).isEqualTo("GREEN");
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2",
            "ACCEPT:GREEN:YELLOW:TIMER:1",
            "ACCEPT:YELLOW:GREEN:STOPPED:1",
            "REVIEW:-:GREEN:STARTED:6");
    // only the review step's timer is left: YELLOW on Tuesday Mar 10, its last day
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-03-10T00:00+08:00");
  }

  @Test
  void anInstantItemsAcceptStepStartsYellowAndArmsItsTimerForRed() {
    now(3, 2, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    String taskId = journeys.taskId(hall.clerk(), id);

    assertThat(storedLevel(taskId)).isEqualTo("YELLOW");
    assertThat(observed.stepEvents(id)).containsExactly("ACCEPT:-:YELLOW:STARTED:1");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-03-03T00:00+08:00");
  }

  @Test
  void aStepWithoutALimitOfItsOwnHasNoLevelAndNoTimerThatIsEverDue() {
    // the instant item has no DECIDE limit: accepted automatically (§32), it is decided at leisure
    now(3, 2, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    now(3, 10, 0, 0, 0);
    Job acceptanceDue =
        management
            .createJobQuery()
            .processInstanceId(observed.processInstance(id))
            .activityId(StandardApproval.EVENT_ACCEPTANCE_DUE)
            .executable()
            .singleResult();
    management.executeJob(acceptanceDue.getId());

    JsonNode decide = journeys.findTask(hall.approver(), id).orElseThrow();
    assertThat(decide.path("step").asText()).isEqualTo("DECIDE");
    assertThat(decide.has("dueAt")).isFalse();
    assertThat(decide.has("warningLevel")).isFalse();
    assertThat(observed.stepTimerMoments(id)).containsExactly("9999-12-31T08:00+08:00");
    assertThat(observed.stepEvents(id)).doesNotContain("DECIDE");
  }

  @Test
  void aTaskOfTheEarlierProcessVersionHasNoTimersAndItsLevelIsDerivedWhenRead() {
    now(2, 13, 10, 0, 0);
    String id = submittedUnder("legacy/standard-approval-before-step-timers.bpmn");
    String taskId = journeys.taskId(hall.clerk(), id);
    assertThat(StepTimerJobs.of(management, observed.processInstance(id))).isEmpty();
    assertThat(storedLevel(taskId)).isNull();
    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(task.path("dueAt").asText()).isEqualTo("2026-02-14T23:59:59+08:00");
    assertThat(task.path("warningLevel").asText()).isEqualTo("GREEN");

    now(2, 14, 9, 0, 0);
    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("warningLevel").asText())
        .isEqualTo("YELLOW");
    now(2, 24, 9, 0, 0);
    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("warningLevel").asText())
        .isEqualTo("RED");

    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    JsonNode review = journeys.findTask(hall.reviewer(), id).orElseThrow();
    assertThat(review.path("dueAt").asText()).isEqualTo("2026-03-02T23:59:59+08:00");
    assertThat(review.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(storedLevel(review.path("id").asText())).isNull();
    assertThat(observed.stepEvents(id)).isEmpty();
    assertThat(OffsetDateTime.parse(review.path("createdAt").asText()).getDayOfMonth())
        .isEqualTo(24);
  }

  @Test
  void aTaskOfTheVersionWithTwoStepTimersTurnsYellowThenRedByThem() {
    now(2, 13, 10, 0, 0);
    String id = submittedUnder("legacy/standard-approval-two-step-timers.bpmn");
    String taskId = journeys.taskId(hall.clerk(), id);
    assertThat(observed.stepTimerMoments(id))
        .containsExactly("2026-02-14T00:00+08:00", "2026-02-15T00:00+08:00");

    now(2, 14, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(storedLevel(taskId)).isEqualTo("YELLOW");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2026-02-15T00:00+08:00");
    now(2, 15, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(storedLevel(taskId)).isEqualTo("RED");
    assertThat(observed.stepTimerMoments(id)).isEmpty();
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2", "ACCEPT:GREEN:YELLOW:TIMER:1", "ACCEPT:YELLOW:RED:TIMER:0");
  }

  /** Submitted under an earlier version of the approval process, as applications in flight are. */
  private String submittedUnder(String resource) {
    return EarlierModels.submittedUnder(
        repository, journeys, resource, hall.enterprise(), hall.committedItem());
  }
}
