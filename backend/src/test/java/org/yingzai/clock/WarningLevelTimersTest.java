package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yingzai.applications.WarningTurnedRed;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/**
 * Warning levels over the running service hall: applications accepted on a known day, the engine
 * clock moved to just before and at the moments the clock's warning timer is due, and the due job
 * run as the job executor would. The hall's committed item has 8 working days: accepted on Monday 2
 * March 2026 it is due on Thursday 12 March, YELLOW from 11 March (2 working days left), RED from
 * 13 March.
 */
@WithHall
@RecordApplicationEvents
class WarningLevelTimersTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired ClockLedger ledger;
  @Autowired ApplicationEvents events;

  Hall hall;
  Journeys journeys;

  private static void now(int month, int day, int hour, int minute, int second) {
    EngineTime.at(LocalDateTime.of(2026, month, day, hour, minute, second));
  }

  @Test
  void levelTurnsYellowThenRedAtTheMomentsItsTimersAreDue() {
    String id = acceptedOnMonday2March();
    JsonNode accepted = journeys.application(hall.supervisor(), id);
    assertThat(accepted.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(accepted.path("deadline").asText()).isEqualTo("2026-03-12T23:59:59+08:00");
    assertThat(events(accepted)).containsExactly("-:GREEN:STARTED:9");
    assertThat(listed("GREEN", id)).isTrue();
    assertThat(listed("YELLOW", id)).isFalse();

    now(3, 10, 23, 59, 59);
    assertThat(dueTimers(id)).isEmpty();
    assertThat(journeys.application(hall.supervisor(), id).path("warningLevel").asText())
        .isEqualTo("GREEN");

    now(3, 11, 0, 0, 0);
    runDueTimer(id);
    JsonNode yellow = journeys.application(hall.supervisor(), id);
    assertThat(yellow.path("warningLevel").asText()).isEqualTo("YELLOW");
    assertThat(events(yellow)).containsExactly("-:GREEN:STARTED:9", "GREEN:YELLOW:TIMER:2");
    JsonNode turned = yellow.path("warningEvents").get(1);
    assertThat(turned.path("at").asText()).isEqualTo("2026-03-11T00:00:00+08:00");
    assertThat(turned.path("deadline").asText()).isEqualTo("2026-03-12T23:59:59+08:00");
    assertThat(listed("YELLOW", id)).isTrue();
    assertThat(listed("GREEN", id)).isFalse();
    assertThat(journeys.application(hall.enterprise(), id).path("warningLevel").asText())
        .isEqualTo("YELLOW");
    // the fired timer is gone; the next one is due when it turns RED
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(at(3, 13, 0, 0, 0));

    now(3, 12, 23, 59, 59);
    assertThat(dueTimers(id)).isEmpty();
    assertThat(redTurns(id)).isEmpty();

    now(3, 13, 0, 0, 0);
    runDueTimer(id);
    JsonNode red = journeys.application(hall.supervisor(), id);
    assertThat(red.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(events(red))
        .containsExactly("-:GREEN:STARTED:9", "GREEN:YELLOW:TIMER:2", "YELLOW:RED:TIMER:-1");
    assertThat(listed("RED", id)).isTrue();
    assertThat(listed("YELLOW", id)).isFalse();
    assertThat(redTurns(id))
        .singleElement()
        .satisfies(
            turnedRed -> {
              assertThat(turnedRed.departmentCode()).isEqualTo(hall.department());
              assertThat(turnedRed.deadline()).hasToString("2026-03-12T23:59:59+08:00");
            });
    assertThat(timers(id)).isEmpty();

    // the engine keeps no job log of them (a plain timer's log names its type, not its
    // application): warning_event is their record
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ = ?",
                Integer.class,
                WarningTimerHandler.TYPE))
        .isZero();

    // decided late: it stays RED, and no timer is left
    now(3, 13, 10, 0, 0);
    journeys.complete(hall.reviewer(), id, "PASS", null);
    journeys.complete(hall.approver(), id, "APPROVE", null);
    JsonNode approved = journeys.application(hall.supervisor(), id);
    assertThat(approved.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(approved.path("warningEvents").size()).isEqualTo(3);
    assertThat(timers(id)).isEmpty();
  }

  @Test
  void aPausedClockKeepsItsLevelAndNoTimerRunsUntilItRunsAgain() {
    String id = acceptedOnMonday2March();
    now(3, 11, 0, 0, 0);
    runDueTimer(id);

    now(3, 11, 10, 0, 0);
    Api.Response asked = journeys.requestSupplement(hall.reviewer(), id, "土地权属证明已过期", "M04");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    assertThat(timers(id)).isEmpty();

    // long past the deadline the clock had: still YELLOW, shown as paused, nothing due
    now(3, 20, 9, 0, 0);
    assertThat(dueTimers(id)).isEmpty();
    JsonNode paused = journeys.application(hall.supervisor(), id);
    assertThat(paused.path("warningLevel").asText()).isEqualTo("YELLOW");
    assertThat(paused.path("clockPaused").asBoolean()).isTrue();
    assertThat(listed("YELLOW", id)).isTrue();

    // answered on Friday 20 March: 7 working days paused (11–19 March), due Monday 23 March
    Api enterprise = journeys.as(hall.enterprise());
    enterprise.upload("/api/applications/" + id + "/materials", "M04", "土地证.pdf", Files.pdf("新"));
    Api.Response answered = enterprise.post("/api/applications/" + id + "/supplement", null);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonNode resumed = journeys.application(hall.supervisor(), id);
    assertThat(resumed.path("deadline").asText()).isEqualTo("2026-03-23T23:59:59+08:00");
    assertThat(resumed.path("warningLevel").asText()).isEqualTo("YELLOW");
    assertThat(events(resumed)).containsExactly("-:GREEN:STARTED:9", "GREEN:YELLOW:TIMER:2");
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(at(3, 24, 0, 0, 0));

    now(3, 23, 23, 59, 59);
    assertThat(dueTimers(id)).isEmpty();
    now(3, 24, 0, 0, 0);
    runDueTimer(id);
    assertThat(events(journeys.application(hall.supervisor(), id)))
        .containsExactly("-:GREEN:STARTED:9", "GREEN:YELLOW:TIMER:2", "YELLOW:RED:TIMER:-1");
  }

  @Test
  void anExtensionTurnsYellowBackToGreenAndReArmsTheTimer() {
    String id = acceptedOnMonday2March();
    now(3, 11, 0, 0, 0);
    runDueTimer(id);

    // 5 more working days: due 19 March, limit 13, YELLOW with at most 3 working days left
    now(3, 11, 10, 0, 0);
    ledger.extend(id, 5, "§42", "情况复杂，需征求相关部门意见", hall.approver());

    JsonNode extended = journeys.application(hall.supervisor(), id);
    assertThat(extended.path("deadline").asText()).isEqualTo("2026-03-19T23:59:59+08:00");
    assertThat(extended.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(events(extended))
        .containsExactly("-:GREEN:STARTED:9", "GREEN:YELLOW:TIMER:2", "YELLOW:GREEN:EXTENDED:7");
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(at(3, 17, 0, 0, 0));

    now(3, 16, 23, 59, 59);
    assertThat(dueTimers(id)).isEmpty();
    now(3, 17, 0, 0, 0);
    runDueTimer(id);
    assertThat(journeys.application(hall.supervisor(), id).path("warningLevel").asText())
        .isEqualTo("YELLOW");
  }

  @Test
  void anInstantItemStartsYellowOnItsOnlyDayAndEndsGreenWhenDecidedOnIt() {
    now(3, 2, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    now(3, 2, 9, 30, 0);
    assertThat(journeys.complete(hall.clerk(), id, "APPROVE", null).status()).isEqualTo(200);

    JsonNode approved = journeys.application(hall.enterprise(), id);
    assertThat(events(approved)).containsExactly("-:YELLOW:STARTED:1", "YELLOW:GREEN:STOPPED:1");
    assertThat(approved.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(timers(id)).isEmpty();
  }

  private String acceptedOnMonday2March() {
    now(3, 2, 9, 0, 0);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    now(3, 2, 10, 15, 0);
    Api.Response accepted = journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    // GREEN: one timer, due when it turns YELLOW (the RED one is armed when that fires)
    assertThat(timers(id)).extracting(Job::getDuedate).containsExactly(at(3, 11, 0, 0, 0));
    return id;
  }

  /** from:to:cause:daysLeft of each warning event. */
  private static List<String> events(JsonNode application) {
    List<String> events = new ArrayList<>();
    application
        .path("warningEvents")
        .forEach(
            e ->
                events.add(
                    e.path("levelFrom").asText("-")
                        + ":"
                        + e.path("levelTo").asText()
                        + ":"
                        + e.path("cause").asText()
                        + ":"
                        + e.path("daysLeft").asInt()));
    return events;
  }

  /** Whether the supervisor's list filtered by the level holds the application. */
  private boolean listed(String level, String id) {
    Api supervisor = journeys.as(hall.supervisor());
    for (int page = 0; ; page++) {
      Api.Response list =
          supervisor.get("/api/applications?size=100&warningLevel=" + level + "&page=" + page);
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      for (JsonNode item : list.body().path("content")) {
        assertThat(item.path("warningLevel").asText()).isEqualTo(level);
        if (id.equals(item.path("id").asText())) {
          return true;
        }
      }
      if (list.body().path("content").size() < 100) {
        return false;
      }
    }
  }

  private List<WarningTurnedRed> redTurns(String id) {
    return events.stream(WarningTurnedRed.class).filter(e -> e.applicationId().equals(id)).toList();
  }

  private List<Job> timers(String id) {
    return new WarningTimerJobs(jdbc, management).of(id);
  }

  private List<Job> dueTimers(String id) {
    return new WarningTimerJobs(jdbc, management).due(id);
  }

  /** Runs the one timer due now, as the job executor would. */
  private void runDueTimer(String id) {
    List<Job> due = dueTimers(id);
    assertThat(due).hasSize(1);
    management.executeJob(due.get(0).getId());
  }

  private static Date at(int month, int day, int hour, int minute, int second) {
    return Date.from(
        LocalDateTime.of(2026, month, day, hour, minute, second).atZone(Times.ZONE).toInstant());
  }
}
