package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.yingzai.processes.MaterialPromise.DELEGATE_BROKEN;
import static org.yingzai.processes.MaterialPromise.END_BROKEN;
import static org.yingzai.processes.MaterialPromise.END_KEPT;
import static org.yingzai.processes.MaterialPromise.GATEWAY_WAITING;
import static org.yingzai.processes.MaterialPromise.MESSAGE_SUPPLIED;
import static org.yingzai.processes.MaterialPromise.PROCESS_KEY;
import static org.yingzai.processes.MaterialPromise.VAR_DUE_AT;
import static org.yingzai.processes.MaterialPromise.VAR_PROMISE_ID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = MaterialPromise.RESOURCE)
class MaterialPromiseProcessTest {

  private static final Instant DUE = Instant.parse("2026-03-16T16:00:00Z");

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  private final List<String> broken = new ArrayList<>();

  @BeforeEach
  void registerDelegate() {
    init(engine.getProcessEngine());
    Mocks.register(
        DELEGATE_BROKEN,
        (JavaDelegate) execution -> broken.add((String) execution.getVariable(VAR_PROMISE_ID)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theMaterialSuppliedBeforeItsDayKeepsThePromiseAndItsTimerGoes() {
    ProcessInstance promise = start("7");
    BpmnAwareTests.assertThat(promise).isWaitingAt(GATEWAY_WAITING);
    assertThat(timer(promise).getDuedate()).isEqualTo(Date.from(DUE));

    runtimeService()
        .createMessageCorrelation(MESSAGE_SUPPLIED)
        .processInstanceId(promise.getId())
        .correlate();

    BpmnAwareTests.assertThat(promise).isEnded().hasPassed(END_KEPT);
    assertThat(broken).isEmpty();
  }

  @Test
  void theDayPassingWithoutTheMaterialBreaksThePromiseOnce() {
    ProcessInstance promise = start("8");

    ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
    managementService().executeJob(timer(promise).getId());

    BpmnAwareTests.assertThat(promise).isEnded().hasPassed(END_BROKEN);
    assertThat(broken).containsExactly("8");
  }

  private ProcessInstance start(String promiseId) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY, promiseId, Map.of(VAR_PROMISE_ID, promiseId, VAR_DUE_AT, Date.from(DUE)));
  }

  private static Job timer(ProcessInstance promise) {
    return managementService().createJobQuery().processInstanceId(promise.getId()).singleResult();
  }
}
