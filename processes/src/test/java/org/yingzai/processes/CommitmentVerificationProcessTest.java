package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.CommitmentVerification.DECISION_KEY;
import static org.yingzai.processes.CommitmentVerification.DELEGATE_DRAW_SAMPLE;
import static org.yingzai.processes.CommitmentVerification.DELEGATE_RECORD_VERIFIED;
import static org.yingzai.processes.CommitmentVerification.DELEGATE_REVOKE_RESULT;
import static org.yingzai.processes.CommitmentVerification.END_NOT_SAMPLED;
import static org.yingzai.processes.CommitmentVerification.END_REVOKED;
import static org.yingzai.processes.CommitmentVerification.END_VERIFIED;
import static org.yingzai.processes.CommitmentVerification.OUTCOME_FALSE;
import static org.yingzai.processes.CommitmentVerification.OUTCOME_TRUE;
import static org.yingzai.processes.CommitmentVerification.PROCESS_KEY;
import static org.yingzai.processes.CommitmentVerification.TASK_VERIFY;
import static org.yingzai.processes.CommitmentVerification.VAR_APPLICATION_ID;
import static org.yingzai.processes.CommitmentVerification.VAR_COMMENT;
import static org.yingzai.processes.CommitmentVerification.VAR_DEPARTMENT;
import static org.yingzai.processes.CommitmentVerification.VAR_FIRST_COMMITMENT;
import static org.yingzai.processes.CommitmentVerification.VAR_OUTCOME;
import static org.yingzai.processes.CommitmentVerification.VAR_RISK_LEVEL;
import static org.yingzai.processes.CommitmentVerification.VAR_SAMPLED;
import static org.yingzai.processes.CommitmentVerification.VAR_SAMPLING_RATE;
import static org.yingzai.processes.CommitmentVerification.VAR_VERIFY_DUE_AT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = {CommitmentVerification.RESOURCE, CommitmentVerification.DECISION_RESOURCE})
class CommitmentVerificationProcessTest {

  private static final String APPLICATION_ID = "a5d1c1f0-0000-4000-8000-000000000001";
  private static final Date DUE_AT =
      Date.from(OffsetDateTime.parse("2026-12-31T23:59:59+08:00").toInstant());

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  /** The draw each test makes: below the rate means sampled. */
  private double draw;

  private final List<String> calls = new ArrayList<>();

  private StepTimersStandIn stepTimers;

  @BeforeEach
  void registerDelegates() {
    init(engine.getProcessEngine());
    stepTimers = StepTimersStandIn.register(new StepTimersStandIn());
    Mocks.register(
        DELEGATE_DRAW_SAMPLE,
        (JavaDelegate)
            execution -> {
              double rate = (Double) execution.getVariable(VAR_SAMPLING_RATE);
              calls.add("draw " + rate);
              execution.setVariable(VAR_SAMPLED, draw < rate);
            });
    Mocks.register(DELEGATE_RECORD_VERIFIED, (JavaDelegate) execution -> calls.add("verified"));
    Mocks.register(
        DELEGATE_REVOKE_RESULT,
        (JavaDelegate) execution -> calls.add("revoked: " + execution.getVariable(VAR_COMMENT)));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @ParameterizedTest(name = "first commitment {0}, risk {1} → rate {2}")
  @CsvSource({
    "true, LOW, 1.0",
    "true, MEDIUM, 1.0",
    "true, HIGH, 1.0",
    "false, HIGH, 1.0",
    "false, MEDIUM, 0.3",
    "false, LOW, 0.1"
  })
  void theSamplingTableGivesTheRateByRiskAndFirstUse(
      boolean firstCommitment, String riskLevel, double rate) {
    Map<String, Object> result =
        decisionService()
            .evaluateDecisionTableByKey(
                DECISION_KEY,
                Variables.createVariables()
                    .putValue(VAR_FIRST_COMMITMENT, firstCommitment)
                    .putValue(VAR_RISK_LEVEL, riskLevel))
            .getSingleResult()
            .getEntryMap();

    assertThat(result).containsExactly(Map.entry(VAR_SAMPLING_RATE, rate));
  }

  @Test
  void anUnsampledApprovalEndsWithoutATask() {
    draw = 0.5;

    ProcessInstance instance = start(false, "LOW");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_NOT_SAMPLED);
    assertThat(calls).containsExactly("draw 0.1");
  }

  @Test
  void aSampledApprovalWaitsForTheDepartmentsVerifiersUntilItsDeadline() {
    draw = 0.25;

    ProcessInstance instance = start(false, "MEDIUM");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_VERIFY);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("market:verify").hasDueDate(DUE_AT);
    assertThat(calls).containsExactly("draw 0.3");
  }

  @Test
  void theVerifyStepTurnsByItsOwnTimerAndStaysWhereItIs() {
    ClockUtil.setCurrentTime(
        Date.from(OffsetDateTime.parse("2026-12-01T09:00:00+08:00").toInstant()));
    Date yellowAt = Date.from(OffsetDateTime.parse("2026-12-24T00:00:00+08:00").toInstant());
    Date redAt = Date.from(OffsetDateTime.parse("2027-01-01T00:00:00+08:00").toInstant());
    stepTimers.arm(yellowAt, redAt);
    draw = 0.0;
    ProcessInstance instance = start(false, "HIGH");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_VERIFY);

    List<org.camunda.bpm.engine.runtime.Job> timers =
        managementService().createJobQuery().processInstanceId(instance.getId()).timers().list();
    assertThat(timers)
        .extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
        .containsExactly(yellowAt);
    for (org.camunda.bpm.engine.runtime.Job timer : timers) {
      managementService().executeJob(timer.getId());
    }

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_VERIFY);
    assertThat(stepTimers.fired())
        .extracting(StepTimersStandIn.Fired::taskKey)
        .containsExactly(TASK_VERIFY);
  }

  @Test
  void aTrueCommitmentClosesTheVerification() {
    draw = 0.99;
    ProcessInstance instance = start(true, "LOW");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_VERIFY);

    complete(task(), withVariables(VAR_OUTCOME, OUTCOME_TRUE));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_VERIFIED);
    assertThat(calls).containsExactly("draw 1.0", "verified");
  }

  @Test
  void aFalseCommitmentRevokesTheResult() {
    draw = 0.0;
    ProcessInstance instance = start(false, "HIGH");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_VERIFY);

    complete(task(), withVariables(VAR_OUTCOME, OUTCOME_FALSE, VAR_COMMENT, "住所不存在"));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REVOKED);
    assertThat(calls).containsExactly("draw 1.0", "revoked: 住所不存在");
  }

  private ProcessInstance start(boolean firstCommitment, String riskLevel) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            APPLICATION_ID,
            withVariables(
                VAR_APPLICATION_ID, APPLICATION_ID,
                VAR_DEPARTMENT, "market",
                VAR_FIRST_COMMITMENT, firstCommitment,
                VAR_RISK_LEVEL, riskLevel,
                VAR_VERIFY_DUE_AT, DUE_AT));
  }
}
