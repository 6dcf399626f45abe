package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.EngineTime;
import org.yingzai.support.IntegrationTest;

/**
 * A job that throws is tried three times, five minutes apart, then becomes an incident that
 * operators see in the gauge; once its cause is gone and it is retried, the incident is resolved.
 * Nothing is dropped silently.
 */
@IntegrationTest
class EngineIncidentsTest {

  // fails while the variable failing is true: a method called on a variable that is not there
  private static final BpmnModelInstance PROBE =
      Bpmn.createExecutableProcess("failing-job-probe")
          .camundaHistoryTimeToLive(1)
          .startEvent()
          .serviceTask("probe")
          .camundaAsyncBefore()
          .camundaExpression("${failing ? execution.getVariable('absent').length() : true}")
          .endEvent()
          .done();

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired MeterRegistry meters;
  @Autowired EngineIncidents incidents;

  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void deployTheProbe() {
    EngineTime.at("2026-12-07T09:00:00+08:00");
    deployments.add(
        repository.createDeployment().addModelInstance("probe.bpmn", PROBE).deploy().getId());
  }

  @AfterEach
  void removeTheProbe() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    EngineTime.reset();
  }

  @Test
  void aJobThatKeepsFailingIsRetriedThenBecomesAnIncidentOperatorsSee() {
    long before = incidents.open();
    ProcessInstance probe = failingProbe();

    List<Integer> retriesLeft = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    for (Attempt attempt : runUntilRetriesRunOut(probe)) {
      retriesLeft.add(attempt.after().getRetries());
      if (attempt.after().getRetries() > 0) {
        waits.add(Duration.between(attempt.at(), attempt.after().getDuedate().toInstant()));
      }
    }

    assertThat(retriesLeft).containsExactly(2, 1, 0);
    assertThat(waits).containsOnly(Duration.ofMinutes(5));
    assertThat(runtime.createIncidentQuery().processInstanceId(probe.getId()).count()).isEqualTo(1);
    assertThat(incidents.open()).isEqualTo(before + 1);
    assertThat(meters.get("yingzai.engine.incidents").gauge().value()).isEqualTo(before + 1.0);

    runtime.setVariable(probe.getId(), "failing", false);
    management.setJobRetries(job(probe).getId(), 1);
    management.executeJob(job(probe).getId());

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(probe.getId()).count())
        .isZero();
    assertThat(incidents.open()).isEqualTo(before);
  }

  @Test
  void anIncidentGoesWithItsJobWhenItsProcessInstanceIsDeleted() {
    long before = incidents.open();
    ProcessInstance probe = failingProbe();
    runUntilRetriesRunOut(probe);
    assertThat(job(probe).getRetries()).isZero();
    assertThat(incidents.open()).isEqualTo(before + 1);

    runtime.deleteProcessInstance(probe.getId(), "withdrawn");

    assertThat(runtime.createIncidentQuery().processInstanceId(probe.getId()).count()).isZero();
    assertThat(incidents.open()).isEqualTo(before);
  }

  private ProcessInstance failingProbe() {
    return runtime.startProcessInstanceByKey("failing-job-probe", Map.of("failing", true));
  }

  /** One failed run of the job: when it ran, and the job as it was left. */
  private record Attempt(Instant at, Job after) {}

  // runs the job each time it is due until its retries are spent (at most ten times)
  private List<Attempt> runUntilRetriesRunOut(ProcessInstance probe) {
    List<Attempt> attempts = new ArrayList<>();
    for (int attempt = 0; attempt < 10 && job(probe).getRetries() > 0; attempt++) {
      Job due = job(probe);
      ClockUtil.setCurrentTime(due.getDuedate() == null ? ClockUtil.now() : due.getDuedate());
      Instant at = ClockUtil.now().toInstant();
      assertThat(catchThrowable(() -> management.executeJob(due.getId()))).isNotNull();
      attempts.add(new Attempt(at, job(probe)));
    }
    return attempts;
  }

  private Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
