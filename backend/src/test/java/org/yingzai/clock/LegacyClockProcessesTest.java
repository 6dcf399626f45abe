package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.StartEventBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/**
 * A clock accepted before the warning timers were plain engine jobs still runs a {@code
 * legal-clock} process instance (a stand-in here that only waits, as the old one did between its
 * timers); after the start it gets its timer, and the instance goes.
 */
@WithHall
class LegacyClockProcessesTest {

  @Autowired LegacyClockProcesses legacy;
  @Autowired WarningTimers timers;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  // accepted Monday 2 March 2026, 8 working days: RED from 13 March
  private static final Date RED_FROM =
      Date.from(LocalDateTime.of(2026, 3, 13, 0, 0).atZone(Times.ZONE).toInstant());

  Hall hall;
  Journeys journeys;
  String deployment;

  @AfterEach
  void removeStandIn() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aClockStillRunByTheOldProcessGetsItsTimerAndLevelAndTheInstanceGoes() {
    // accepted Monday 2 March 2026, 8 working days: YELLOW from 11 March, RED from 13 March
    String id = acceptedWithoutItsTimer();
    WarningTimerJobs jobs = new WarningTimerJobs(jdbc, management);
    assertThat(jobs.of(id)).isEmpty();
    deployStandIn(oldModel().intermediateCatchEvent().message("clockChanged").endEvent().done());
    runtime.startProcessInstanceByKey(LegacyClockProcesses.PROCESS_KEY, id);

    // the old timer fell due while the service hall was down
    EngineTime.at(LocalDateTime.of(2026, 3, 11, 8, 0));
    assertThat(legacy.moveAll()).isEqualTo(1);

    assertThat(legacyInstances()).isZero();
    JsonNode application = journeys.application(hall.supervisor(), id);
    assertThat(application.path("warningLevel").asText()).isEqualTo("YELLOW");
    assertThat(application.path("warningEvents").get(1).path("cause").asText()).isEqualTo("TIMER");
    assertThat(jobs.of(id)).extracting(Job::getDuedate).containsExactly(RED_FROM);
    assertThat(legacy.moveAll()).isZero();
  }

  @Test
  void anOldTimerThatFiresBeforeTheMoveHandsOverToTheClocksOwnTimer() {
    String id = acceptedWithoutItsTimer();
    WarningTimerJobs jobs = new WarningTimerJobs(jdbc, management);
    // as the old process waited while GREEN: a timer for YELLOW, then the timer's service task
    deployStandIn(
        oldModel()
            .intermediateCatchEvent()
            .timerWithDate("2026-03-11T00:00:00+08:00")
            .serviceTask()
            .camundaDelegateExpression("${" + LegacyWarningTimerDelegate.BEAN + "}")
            .intermediateCatchEvent()
            .message("clockChanged")
            .endEvent()
            .done());
    String instance =
        runtime.startProcessInstanceByKey(LegacyClockProcesses.PROCESS_KEY, id).getId();

    EngineTime.at(LocalDateTime.of(2026, 3, 11, 8, 0));
    Job old = management.createJobQuery().processInstanceId(instance).executable().singleResult();
    management.executeJob(old.getId());

    assertThat(journeys.application(hall.supervisor(), id).path("warningLevel").asText())
        .isEqualTo("YELLOW");
    assertThat(jobs.of(id)).extracting(Job::getDuedate).containsExactly(RED_FROM);
    assertThat(runtime.getVariable(instance, "nextLevel")).isEqualTo("NONE");
    assertThat(legacy.moveAll()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(jobs.of(id)).hasSize(1);
  }

  @Test
  void aClockStoppedSinceKeepsTheLevelItStoppedWith() {
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    WarningTimerJobs jobs = new WarningTimerJobs(jdbc, management);
    deployStandIn(oldModel().intermediateCatchEvent().message("clockStopped").endEvent().done());
    runtime.startProcessInstanceByKey(LegacyClockProcesses.PROCESS_KEY, id);
    // withdrawn while YELLOW: the withdrawal records no level of its own
    EngineTime.at(LocalDateTime.of(2026, 3, 11, 8, 0));
    assertThat(new WarningTimerJobs(jdbc, management).runDue(id)).isEqualTo(1);
    EngineTime.at(LocalDateTime.of(2026, 3, 11, 9, 0));
    Api.Response withdrawn =
        journeys
            .as(hall.enterprise())
            .post("/api/applications/" + id + "/withdraw", java.util.Map.of("reason", "不再需要"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    int events = journeys.application(hall.supervisor(), id).path("warningEvents").size();

    // long after the deadline
    EngineTime.at(LocalDateTime.of(2026, 3, 20, 8, 0));
    assertThat(legacy.moveAll()).isEqualTo(1);

    JsonNode application = journeys.application(hall.supervisor(), id);
    assertThat(application.path("warningLevel").asText()).isEqualTo("YELLOW");
    assertThat(application.path("warningEvents").size()).isEqualTo(events);
    assertThat(jobs.of(id)).isEmpty();
    assertThat(legacyInstances()).isZero();
  }

  // the start of the old model under its key; each test adds what it needs of the rest
  private static StartEventBuilder oldModel() {
    return Bpmn.createExecutableProcess(LegacyClockProcesses.PROCESS_KEY)
        .camundaHistoryTimeToLive(180)
        .startEvent();
  }

  private long legacyInstances() {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(LegacyClockProcesses.PROCESS_KEY)
        .count();
  }

  // the old model as far as the test needs it, deployed under its key until the test ends
  private void deployStandIn(BpmnModelInstance model) {
    deployment =
        repository.createDeployment().addModelInstance("legal-clock.bpmn", model).deploy().getId();
  }

  // accepted on Monday 2 March 2026 as before: no timer job of its own, the old process instead
  private String acceptedWithoutItsTimer() {
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    transaction.executeWithoutResult(status -> timers.drop(id));
    return id;
  }
}
