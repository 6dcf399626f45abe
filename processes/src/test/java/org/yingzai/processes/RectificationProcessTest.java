package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.Rectification.DELEGATE_RECORD_ANSWER;
import static org.yingzai.processes.Rectification.DELEGATE_RECORD_CALL_BACK;
import static org.yingzai.processes.Rectification.END_ANSWERED;
import static org.yingzai.processes.Rectification.OUTCOME_CALLED_BACK;
import static org.yingzai.processes.Rectification.OUTCOME_RECTIFIED;
import static org.yingzai.processes.Rectification.PROCESS_KEY;
import static org.yingzai.processes.Rectification.TASK_CALL_BACK;
import static org.yingzai.processes.Rectification.TASK_RECTIFY;
import static org.yingzai.processes.Rectification.VAR_APPLICATION_ID;
import static org.yingzai.processes.Rectification.VAR_CALL_BACK_NOTE;
import static org.yingzai.processes.Rectification.VAR_DEPARTMENT;
import static org.yingzai.processes.Rectification.VAR_HANDLING;
import static org.yingzai.processes.Rectification.VAR_OUTCOME;
import static org.yingzai.processes.Rectification.VAR_RECTIFICATION_ID;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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

@Deployment(resources = Rectification.RESOURCE)
class RectificationProcessTest {

  private static final String APPLICATION_ID = "a5d1c1f0-0000-4000-8000-0000000000r1";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  private final List<String> calls = new ArrayList<>();

  private StepTimersStandIn stepTimers;

  @BeforeEach
  void registerDelegates() {
    init(engine.getProcessEngine());
    stepTimers = StepTimersStandIn.register(new StepTimersStandIn());
    Mocks.register(
        DELEGATE_RECORD_CALL_BACK,
        (JavaDelegate)
            execution -> calls.add("called back: " + execution.getVariable(VAR_CALL_BACK_NOTE)));
    Mocks.register(
        DELEGATE_RECORD_ANSWER,
        (JavaDelegate) execution -> calls.add("answered: " + execution.getVariable(VAR_HANDLING)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void aBadRatingGivesTheDepartmentsWindowClerksTheCallBackAndTheRectificationAtOnce() {
    ProcessInstance instance = start();

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_CALL_BACK, TASK_RECTIFY);
    assertThat(taskQuery().taskCandidateGroup("market:accept").list())
        .extracting(t -> t.getTaskDefinitionKey())
        .containsExactlyInAnyOrder(TASK_CALL_BACK, TASK_RECTIFY);
  }

  @Test
  void eachObligationTurnsByItsOwnStepTimerAndStaysWhereItIs() {
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2026-12-07T09:00:00+08:00").toInstant()));
    Date yellowAt = Date.from(OffsetDateTime.parse("2026-12-08T00:00:00+08:00").toInstant());
    Date redAt = Date.from(OffsetDateTime.parse("2026-12-09T00:00:00+08:00").toInstant());
    stepTimers.arm(yellowAt, redAt);
    ProcessInstance instance = start();

    List<Job> timers =
        managementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    assertThat(timers).extracting(Job::getDuedate).containsExactly(yellowAt, yellowAt);
    for (Job timer : timers) {
      managementService().executeJob(timer.getId());
    }

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_CALL_BACK, TASK_RECTIFY);
    assertThat(stepTimers.fired())
        .extracting(StepTimersStandIn.Fired::taskKey)
        .containsExactlyInAnyOrder(TASK_CALL_BACK, TASK_RECTIFY);
  }

  @Test
  void theCallBackIsRecordedAtOnceAndTheAnswerOnlyOnceBothAreDone() {
    ProcessInstance instance = start();

    complete(
        taskQuery().taskDefinitionKey(TASK_CALL_BACK).singleResult(),
        withVariables(VAR_OUTCOME, OUTCOME_CALLED_BACK, VAR_CALL_BACK_NOTE, "已电话回访"));

    assertThat(calls).containsExactly("called back: 已电话回访");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECTIFY);

    complete(task(), withVariables(VAR_OUTCOME, OUTCOME_RECTIFIED, VAR_HANDLING, "已补发并致歉"));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_ANSWERED);
    assertThat(calls).containsExactly("called back: 已电话回访", "answered: 已补发并致歉");
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            APPLICATION_ID,
            withVariables(
                VAR_APPLICATION_ID,
                APPLICATION_ID,
                VAR_DEPARTMENT,
                "market",
                VAR_RECTIFICATION_ID,
                7L));
  }
}
