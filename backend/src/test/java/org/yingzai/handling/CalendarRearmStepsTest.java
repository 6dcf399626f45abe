package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.TestYear2027;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EarlierModels;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * A calendar year published or withdrawn moves the due time of open steps counted on it: the work
 * queue, the step timers and the level follow, the change of level recorded as CALENDAR_CHANGED.
 * 2027 has no published calendar here (counted Monday to Friday) until a test publishes one
 * (hypothetical test data: Jan 1, 4 and 5 off). The committed item's steps: ACCEPT 1 working day,
 * REVIEW 5.
 */
@WithHall
class CalendarRearmStepsTest {

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

  @AfterEach
  void restore() {
    EngineTime.reset();
    withdraw2027();
  }

  private static void now(int year, int month, int day, int hour, int minute, int second) {
    EngineTime.at(LocalDateTime.of(year, month, day, hour, minute, second));
  }

  private void publish2027() {
    Api.Response published = TestYear2027.publish(journeys, hall.admin());
    assertThat(published.status()).as(published.toString()).isIn(200, 201);
  }

  private int withdraw2027() {
    return TestYear2027.withdraw(journeys, hall.admin());
  }

  /** The task's row on the work queue, finished or not: level and due time. */
  private String stored(String taskId) {
    return jdbc.queryForObject(
        "SELECT warning_level, due_at FROM work_task WHERE task_id = ?",
        (row, n) ->
            row.getString("warning_level")
                + "@"
                + Times.local(row.getTimestamp("due_at").toInstant()),
        taskId);
  }

  /** The ids of the application's tasks on the work queue, oldest first. */
  private List<String> taskIds(String applicationId) {
    return jdbc.queryForList(
        "SELECT task_id FROM work_task WHERE application_id = ? ORDER BY created_at, task_id",
        String.class,
        applicationId);
  }

  @Test
  void publishingHolidaysMovesAnOpenStepsDueTimeAndItsTimersFireAtTheNewMomentsOnly() {
    // Monday Dec 28 2026: the review step's five working days reach into 2027
    now(2026, 12, 28, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String untouched = journeys.submitted(hall.enterprise(), hall.committedItem());
    now(2026, 12, 28, 9, 30, 0);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    String acceptTask = taskIds(id).get(0);
    String reviewTask = journeys.taskId(hall.reviewer(), id);
    String untouchedTask = journeys.taskId(hall.clerk(), untouched);
    assertThat(stored(reviewTask)).isEqualTo("GREEN@2027-01-04T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-02T00:00+08:00");
    String acceptBefore = stored(acceptTask);
    List<String> untouchedTimers = observed.stepTimerMoments(untouched);
    assertThat(untouchedTimers).containsExactly("2026-12-29T00:00+08:00");

    // Saturday Jan 2: one working day left, the step turns YELLOW and its timer waits for RED
    now(2027, 1, 2, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(reviewTask)).isEqualTo("YELLOW@2027-01-04T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-05T00:00+08:00");

    // the 2027 calendar: Dec 29, 30, 31, Jan 6 and 7 are the five working days now
    now(2027, 1, 2, 10, 0, 0);
    publish2027();

    JsonNode review = journeys.findTask(hall.reviewer(), id).orElseThrow();
    assertThat(review.path("dueAt").asText()).isEqualTo("2027-01-07T23:59:59+08:00");
    assertThat(review.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(stored(reviewTask)).isEqualTo("GREEN@2027-01-07T23:59:59+08:00");
    // the timer moved to the next moment: YELLOW from Thursday Jan 7
    assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-07T00:00+08:00");
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2",
            "REVIEW:-:GREEN:STARTED:6",
            "REVIEW:GREEN:YELLOW:TIMER:1",
            "REVIEW:YELLOW:GREEN:CALENDAR_CHANGED:2");
    JsonNode changed = journeys.application(hall.supervisor(), id).path("stepWarningEvents").get(3);
    assertThat(changed.path("taskId").asText()).isEqualTo(reviewTask);
    assertThat(changed.path("at").asText()).isEqualTo("2027-01-02T10:00:00+08:00");
    assertThat(changed.path("dueAt").asText()).isEqualTo("2027-01-07T23:59:59+08:00");

    // the finished step and the other application's step, due in 2026, are as they were
    assertThat(stored(acceptTask)).isEqualTo(acceptBefore);
    assertThat(stored(untouchedTask)).isEqualTo("GREEN@2026-12-29T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(untouched)).isEqualTo(untouchedTimers);
    assertThat(observed.stepEvents(untouched)).containsExactly("ACCEPT:-:GREEN:STARTED:2");

    // nothing fires at the old moments
    assertThat(observed.runDueStepTimers(id)).isZero();
    now(2027, 1, 5, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isZero();
    now(2027, 1, 6, 23, 59, 59);
    assertThat(observed.runDueStepTimers(id)).isZero();
    assertThat(stored(reviewTask)).isEqualTo("GREEN@2027-01-07T23:59:59+08:00");

    // and it fires at the new ones
    now(2027, 1, 7, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(reviewTask)).startsWith("YELLOW@");
    now(2027, 1, 7, 23, 59, 59);
    assertThat(observed.runDueStepTimers(id)).isZero();
    assertThat(observed.stepNotice(hall.reviewer(), id)).isEmpty();
    now(2027, 1, 8, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(reviewTask)).isEqualTo("RED@2027-01-07T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).isEmpty();
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2",
            "REVIEW:-:GREEN:STARTED:6",
            "REVIEW:GREEN:YELLOW:TIMER:1",
            "REVIEW:YELLOW:GREEN:CALENDAR_CHANGED:2",
            "REVIEW:GREEN:YELLOW:TIMER:1",
            "REVIEW:YELLOW:RED:TIMER:-1");
    assertThat(observed.stepNotice(hall.reviewer(), id).orElseThrow().path("body").asText())
        .contains("2027-01-07 23:59");
  }

  @Test
  void aTaskOfTheVersionWithTwoStepTimersHasEachKeptOrMovedByItsOwnMoment() {
    // Thursday Dec 31 2026: the accept step's one working day is Friday Jan 1 until 2027 is
    // published, and Wednesday Jan 6 after; YELLOW comes at Jan 1 either way (from a holiday on,
    // one working day is left)
    now(2026, 12, 31, 10, 0, 0);
    String id =
        EarlierModels.submittedUnder(
            repository,
            journeys,
            "legacy/standard-approval-two-step-timers.bpmn",
            hall.enterprise(),
            hall.committedItem());
    String acceptTask = journeys.taskId(hall.clerk(), id);
    assertThat(stored(acceptTask)).isEqualTo("GREEN@2027-01-01T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id))
        .containsExactly("2027-01-01T00:00+08:00", "2027-01-02T00:00+08:00");

    now(2026, 12, 31, 11, 0, 0);
    publish2027();

    assertThat(stored(acceptTask)).isEqualTo("GREEN@2027-01-06T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id))
        .containsExactly("2027-01-01T00:00+08:00", "2027-01-07T00:00+08:00");
    now(2027, 1, 1, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(acceptTask)).isEqualTo("YELLOW@2027-01-06T23:59:59+08:00");
    now(2027, 1, 6, 23, 59, 59);
    assertThat(observed.runDueStepTimers(id)).isZero();
    now(2027, 1, 7, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(acceptTask)).isEqualTo("RED@2027-01-06T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).isEmpty();
  }

  @Test
  void withdrawingAYearTurnsAStepRedAtOnceTellsItsClerksAndParksItsTimers() {
    now(2026, 12, 31, 9, 0, 0);
    publish2027();
    // Thursday Dec 31: the accept step's one working day is Wednesday Jan 6
    now(2026, 12, 31, 10, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String other = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    assertThat(stored(taskId)).isEqualTo("GREEN@2027-01-06T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-01T00:00+08:00");
    // the other application is accepted at once: its accept step is finished, its review open
    now(2026, 12, 31, 10, 30, 0);
    assertThat(journeys.complete(hall.clerk(), other, "ACCEPT", null).status()).isEqualTo(200);
    String otherAccept = taskIds(other).get(0);
    String otherReview = journeys.taskId(hall.reviewer(), other);
    assertThat(stored(otherAccept)).isEqualTo("GREEN@2027-01-06T23:59:59+08:00");
    // Jan 6, 7, 8, 11 and 12
    assertThat(stored(otherReview)).isEqualTo("GREEN@2027-01-12T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(other)).containsExactly("2027-01-12T00:00+08:00");

    now(2027, 1, 1, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
    assertThat(stored(taskId)).startsWith("YELLOW@");

    // Monday Jan 4, off under the notice; withdrawn, the one working day was Friday Jan 1
    now(2027, 1, 4, 10, 0, 0);
    assertThat(withdraw2027()).isEqualTo(204);

    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(task.path("dueAt").asText()).isEqualTo("2027-01-01T23:59:59+08:00");
    assertThat(task.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(stored(taskId)).isEqualTo("RED@2027-01-01T23:59:59+08:00");
    assertThat(observed.stepEvents(id))
        .containsExactly(
            "ACCEPT:-:GREEN:STARTED:2",
            "ACCEPT:GREEN:YELLOW:TIMER:1",
            "ACCEPT:YELLOW:RED:CALENDAR_CHANGED:-1");
    // the RED moment has passed: the timer is parked, the level was set at once
    assertThat(observed.stepTimerMoments(id)).containsExactly("9999-12-31T08:00+08:00");
    JsonNode notice = observed.stepNotice(hall.clerk(), id).orElseThrow();
    assertThat(notice.path("body").asText()).contains("2027-01-01 23:59");
    assertThat(observed.stepNotice(hall.reviewer(), id)).isEmpty();

    // the finished step keeps its due time; the open review moves to Jan 7 and stays GREEN
    assertThat(stored(otherAccept)).isEqualTo("GREEN@2027-01-06T23:59:59+08:00");
    assertThat(stored(otherReview)).isEqualTo("GREEN@2027-01-07T23:59:59+08:00");
    assertThat(observed.stepTimerMoments(other)).containsExactly("2027-01-07T00:00+08:00");
    assertThat(observed.stepEvents(other))
        .containsExactly("ACCEPT:-:GREEN:STARTED:2", "REVIEW:-:GREEN:STARTED:6");

    // nothing fires at the old RED moment
    now(2027, 1, 7, 0, 0, 0);
    assertThat(observed.runDueStepTimers(id)).isZero();
    assertThat(observed.stepEvents(id)).hasSize(3);
  }

  @Test
  void aStepThatCannotBeReArmedIsLeftAsItWasAndTheOthersAreReArmedAllTheSame() {
    now(2026, 12, 28, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    now(2026, 12, 28, 9, 30, 0);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    String reviewTask = journeys.taskId(hall.reviewer(), id);
    // a queue row whose task the engine does not have, first in the pass's order
    String broken = "0-broken-" + reviewTask;
    jdbc.update(
        "INSERT INTO work_task (task_id, application_id, application_number, item_name, task_key,"
            + " step, department_code, candidate_group, assignee, created_at, due_at,"
            + " warning_level, step_limit, limit_unit, handling_type, green_channel, queue_rank)"
            + " SELECT ?, application_id, application_number, item_name, task_key, step,"
            + " department_code, candidate_group, assignee, created_at, due_at, warning_level,"
            + " step_limit, limit_unit, handling_type, green_channel, queue_rank FROM work_task"
            + " WHERE task_id = ?",
        broken,
        reviewTask);
    try {
      now(2027, 1, 2, 10, 0, 0);
      publish2027();

      assertThat(stored(broken)).isEqualTo("GREEN@2027-01-04T23:59:59+08:00");
      assertThat(stored(reviewTask)).isEqualTo("GREEN@2027-01-07T23:59:59+08:00");
      // its timer was due before the change and not yet run: it fires, changes nothing, and
      // arms the next moment under the new calendar
      assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-02T00:00+08:00");
      assertThat(observed.runDueStepTimers(id)).isEqualTo(1);
      assertThat(stored(reviewTask)).isEqualTo("GREEN@2027-01-07T23:59:59+08:00");
      assertThat(observed.stepTimerMoments(id)).containsExactly("2027-01-07T00:00+08:00");
    } finally {
      jdbc.update("DELETE FROM work_task WHERE task_id = ?", broken);
    }
  }
}
