package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
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

  @AfterEach
  void removeTheProbe() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
    EngineTime.reset();
  }

  @Test
  void aJobThatKeepsFailingIsRetriedThenBecomesAnIncidentOperatorsSee() {
    EngineTime.at("2026-12-07T09:00:00+08:00");
    deployments.add(
        repository.createDeployment().addModelInstance("probe.bpmn", PROBE).deploy().getId());
    long before = incidents.open();
    ProcessInstance probe =
        runtime.startProcessInstanceByKey("failing-job-probe", Map.of("failing", true));

    List<Integer> retriesLeft = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    for (int attempt = 0; attempt < 10 && job(probe).getRetries() > 0; attempt++) {
      Job due = job(probe);
      ClockUtil.setCurrentTime(due.getDuedate() == null ? ClockUtil.now() : due.getDuedate());
      Throwable failure = catchThrowable(() -> management.executeJob(due.getId()));
      assertThat(failure).isNotNull();
      Job after = job(probe);
      retriesLeft.add(after.getRetries());
      if (after.getRetries() > 0) {
        waits.add(Duration.between(ClockUtil.now().toInstant(), after.getDuedate().toInstant()));
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
    EngineTime.at("2026-12-07T09:00:00+08:00");
    deployments.add(
        repository.createDeployment().addModelInstance("probe.bpmn", PROBE).deploy().getId());
    long before = incidents.open();
    ProcessInstance probe =
        runtime.startProcessInstanceByKey("failing-job-probe", Map.of("failing", true));
    for (int attempt = 0; attempt < 10 && job(probe).getRetries() > 0; attempt++) {
      Job due = job(probe);
      ClockUtil.setCurrentTime(due.getDuedate() == null ? ClockUtil.now() : due.getDuedate());
      assertThat(catchThrowable(() -> management.executeJob(due.getId()))).isNotNull();
    }
    assertThat(job(probe).getRetries()).isZero();
    assertThat(incidents.open()).isEqualTo(before + 1);

    runtime.deleteProcessInstance(probe.getId(), "withdrawn");

    assertThat(runtime.createIncidentQuery().processInstanceId(probe.getId()).count()).isZero();
    assertThat(incidents.open()).isEqualTo(before);
  }

  private Job job(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
  }
}
