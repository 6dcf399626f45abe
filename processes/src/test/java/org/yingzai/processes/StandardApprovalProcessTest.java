package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.StandardApproval.DELEGATE_ACCEPT_AUTOMATICALLY;
import static org.yingzai.processes.StandardApproval.END_APPROVED;
import static org.yingzai.processes.StandardApproval.END_DENIED;
import static org.yingzai.processes.StandardApproval.END_NOT_ACCEPTED;
import static org.yingzai.processes.StandardApproval.END_WITHDRAWN;
import static org.yingzai.processes.StandardApproval.EVENT_ACCEPTANCE_DUE;
import static org.yingzai.processes.StandardApproval.EVENT_WITHDRAWAL_REQUESTED;
import static org.yingzai.processes.StandardApproval.GATEWAY_AUTOMATIC_ACCEPTANCE_ROUTE;
import static org.yingzai.processes.StandardApproval.HANDLING_COMMITTED;
import static org.yingzai.processes.StandardApproval.HANDLING_INSTANT;
import static org.yingzai.processes.StandardApproval.MESSAGE_WITHDRAWN;
import static org.yingzai.processes.StandardApproval.OUTCOME_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_APPROVE;
import static org.yingzai.processes.StandardApproval.OUTCOME_DENY;
import static org.yingzai.processes.StandardApproval.OUTCOME_NOT_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_PASS;
import static org.yingzai.processes.StandardApproval.OUTCOME_PROCEDURE_FINISHED;
import static org.yingzai.processes.StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
import static org.yingzai.processes.StandardApproval.OUTCOME_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.PROCESS_KEY;
import static org.yingzai.processes.StandardApproval.SERVICE_ACCEPT_AUTOMATICALLY;
import static org.yingzai.processes.StandardApproval.TASK_ACCEPT;
import static org.yingzai.processes.StandardApproval.TASK_DECIDE;
import static org.yingzai.processes.StandardApproval.TASK_REVIEW;
import static org.yingzai.processes.StandardApproval.TASK_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW;
import static org.yingzai.processes.StandardApproval.VAR_ACCEPTANCE_DUE_AT;
import static org.yingzai.processes.StandardApproval.VAR_APPLICANT_GROUP;
import static org.yingzai.processes.StandardApproval.VAR_APPLICATION_ID;
import static org.yingzai.processes.StandardApproval.VAR_DEPARTMENT;
import static org.yingzai.processes.StandardApproval.VAR_HANDLING_TYPE;
import static org.yingzai.processes.StandardApproval.VAR_OUTCOME;
import static org.yingzai.processes.StandardApproval.VAR_PROCEDURE;
import static org.yingzai.processes.StandardApproval.VAR_RECEIVED_AT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = StandardApproval.RESOURCE)
class StandardApprovalProcessTest {

  private static final String APPLICATION_ID = "YZ20261128000123";

  /** Received on Monday 2 March 2026; the fifth working day after it is Monday 9 March. */
  private static final Date RECEIVED_AT = date("2026-03-02T10:15:00+08:00");

  private static final Date ACCEPTANCE_DUE_AT = date("2026-03-09T23:59:59+08:00");

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  /** What the automatic acceptance was called with: application id and receipt time. */
  private final List<Map<String, Object>> automaticAcceptances = new ArrayList<>();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(RECEIVED_AT);
    StepTimersStandIn.register(new StepTimersStandIn());
    Mocks.register(
        DELEGATE_ACCEPT_AUTOMATICALLY,
        (JavaDelegate)
            execution -> {
              automaticAcceptances.add(
                  Map.of(
                      VAR_APPLICATION_ID, execution.getVariable(VAR_APPLICATION_ID),
                      VAR_RECEIVED_AT, execution.getVariable(VAR_RECEIVED_AT)));
              execution.setVariable(VAR_OUTCOME, StandardApproval.OUTCOME_ACCEPTED_AUTOMATICALLY);
            });
  }

  @AfterEach
  void resetClockAndMocks() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void committedItemIsAcceptedReviewedAndApproved() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    assertThat(pi).isWaitingAt(TASK_ACCEPT);

    completeWith(pi, OUTCOME_ACCEPT);
    assertThat(pi).isWaitingAt(TASK_REVIEW);

    completeWith(pi, OUTCOME_PASS);
    assertThat(pi).isWaitingAt(TASK_DECIDE);

    completeWith(pi, OUTCOME_APPROVE);
    assertThat(pi)
        .hasPassedInOrder(TASK_ACCEPT, TASK_REVIEW, TASK_DECIDE, END_APPROVED)
        .hasNotPassed(END_DENIED, TASK_SUPPLEMENT_BEFORE_ACCEPTANCE, TASK_SUPPLEMENT_DURING_REVIEW)
        .isEnded();
  }

  /**
   * The service hall gives each step's outcome as a transient variable: the gateways route on it in
   * the completing transaction, and the engine keeps nothing of it, neither at runtime nor in its
   * history.
   */
  @Test
  void theGatewaysRouteOnATransientOutcomeThatIsNeverStored() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    for (String outcome : List.of(OUTCOME_ACCEPT, OUTCOME_PASS)) {
      complete(
          task(pi),
          Variables.createVariables()
              .putValueTyped(VAR_OUTCOME, Variables.stringValue(outcome, true)));
      Assertions.assertThat(runtimeService().getVariable(pi.getId(), VAR_OUTCOME)).isNull();
    }
    assertThat(pi).isWaitingAt(TASK_DECIDE);
    complete(
        task(pi),
        Variables.createVariables()
            .putValueTyped(VAR_OUTCOME, Variables.stringValue(OUTCOME_DENY, true)));

    assertThat(pi).hasPassedInOrder(TASK_ACCEPT, TASK_REVIEW, TASK_DECIDE, END_DENIED).isEnded();
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(VAR_OUTCOME)
                .count())
        .isZero();
  }

  @Test
  void committedItemDeniedAtDecisionEndsDenied() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    completeWith(pi, OUTCOME_ACCEPT);
    completeWith(pi, OUTCOME_PASS);

    completeWith(pi, OUTCOME_DENY);

    assertThat(pi)
        .hasPassedInOrder(TASK_ACCEPT, TASK_REVIEW, TASK_DECIDE, END_DENIED)
        .hasNotPassed(END_APPROVED)
        .isEnded();
  }

  @Test
  void applicationNotAcceptedEndsWithoutReview() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    completeWith(pi, OUTCOME_NOT_ACCEPT);

    assertThat(pi)
        .hasPassed(TASK_ACCEPT, END_NOT_ACCEPTED)
        .hasNotPassed(TASK_REVIEW, TASK_DECIDE, END_APPROVED, END_DENIED)
        .isEnded();
  }

  @Test
  void supplementBeforeAcceptanceReturnsToAcceptAsOftenAsRequested() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    for (int round = 1; round <= 2; round++) {
      completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
      assertThat(pi).isWaitingAt(TASK_SUPPLEMENT_BEFORE_ACCEPTANCE);
      complete(task(pi));
      assertThat(pi).isWaitingAt(TASK_ACCEPT);
    }
    completeWith(pi, OUTCOME_ACCEPT);

    assertThat(pi).isWaitingAt(TASK_REVIEW);
    Assertions.assertThat(timesPassed(pi, TASK_SUPPLEMENT_BEFORE_ACCEPTANCE)).isEqualTo(2);
    Assertions.assertThat(timesPassed(pi, TASK_ACCEPT)).isEqualTo(3);
  }

  @Test
  void supplementDuringReviewReturnsToReviewThenPassesToDecision() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    completeWith(pi, OUTCOME_ACCEPT);

    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertThat(pi).isWaitingAt(TASK_SUPPLEMENT_DURING_REVIEW);
    complete(task(pi));
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    completeWith(pi, OUTCOME_PASS);

    assertThat(pi).isWaitingAt(TASK_DECIDE).hasNotPassed(TASK_SUPPLEMENT_BEFORE_ACCEPTANCE);
    Assertions.assertThat(timesPassed(pi, TASK_SUPPLEMENT_DURING_REVIEW)).isEqualTo(1);
    Assertions.assertThat(timesPassed(pi, TASK_REVIEW)).isEqualTo(2);
  }

  @Test
  void instantItemIsApprovedInTheAcceptStep() {
    ProcessInstance pi = submit(HANDLING_INSTANT);

    completeWith(pi, OUTCOME_APPROVE);

    assertThat(pi)
        .hasPassed(TASK_ACCEPT, END_APPROVED)
        .hasNotPassed(TASK_REVIEW, TASK_DECIDE, END_DENIED)
        .isEnded();
  }

  @Test
  void instantItemIsDeniedInTheAcceptStep() {
    ProcessInstance pi = submit(HANDLING_INSTANT);

    completeWith(pi, OUTCOME_DENY);

    assertThat(pi)
        .hasPassed(TASK_ACCEPT, END_DENIED)
        .hasNotPassed(TASK_REVIEW, TASK_DECIDE, END_APPROVED)
        .isEnded();
  }

  @Test
  void instantItemCannotBeAcceptedWithoutADecision() {
    ProcessInstance pi = submit(HANDLING_INSTANT);

    assertThatThrownBy(() -> completeWith(pi, OUTCOME_ACCEPT))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("acceptOutcome");

    assertThat(pi).isWaitingAt(TASK_ACCEPT);
  }

  @Test
  void clerkTasksGoToTheDepartmentsDutyGroupAndSupplementsToTheApplicant() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    assertThat(task(pi))
        .hasDefinitionKey(TASK_ACCEPT)
        .hasCandidateGroup("planning:accept")
        .isNotAssigned();

    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertThat(task(pi))
        .hasDefinitionKey(TASK_SUPPLEMENT_BEFORE_ACCEPTANCE)
        .hasCandidateGroup("enterprise:7");
    complete(task(pi));

    completeWith(pi, OUTCOME_ACCEPT);
    assertThat(task(pi)).hasDefinitionKey(TASK_REVIEW).hasCandidateGroup("planning:review");

    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertThat(task(pi))
        .hasDefinitionKey(TASK_SUPPLEMENT_DURING_REVIEW)
        .hasCandidateGroup("enterprise:7");
    complete(task(pi));

    completeWith(pi, OUTCOME_PASS);
    assertThat(task(pi)).hasDefinitionKey(TASK_DECIDE).hasCandidateGroup("planning:decide");
  }

  @Test
  void specialProcedureReturnsToReviewAsOftenAsOneIsNeeded() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    completeWith(pi, OUTCOME_ACCEPT);

    for (String procedure : List.of("EXPERT_REVIEW", "HEARING")) {
      complete(
          task(pi),
          withVariables(VAR_OUTCOME, OUTCOME_SPECIAL_PROCEDURE, VAR_PROCEDURE, procedure));
      assertThat(pi)
          .isWaitingAt(TASK_SPECIAL_PROCEDURE)
          .variables()
          .containsEntry(VAR_PROCEDURE, procedure);
      assertThat(task(pi)).hasCandidateGroup("planning:review").isNotAssigned();
      completeWith(pi, OUTCOME_PROCEDURE_FINISHED);
      assertThat(pi).isWaitingAt(TASK_REVIEW);
    }
    completeWith(pi, OUTCOME_PASS);

    assertThat(pi).isWaitingAt(TASK_DECIDE).hasNotPassed(TASK_SUPPLEMENT_DURING_REVIEW);
    Assertions.assertThat(timesPassed(pi, TASK_SPECIAL_PROCEDURE)).isEqualTo(2);
    Assertions.assertThat(timesPassed(pi, TASK_REVIEW)).isEqualTo(3);
  }

  @Test
  void acceptTaskCarriesATimerDueAtTheEndOfTheFifthWorkingDayAfterReceipt() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    Job timer = timer(pi);
    Assertions.assertThat(timer.getDuedate().toInstant()).isEqualTo(ACCEPTANCE_DUE_AT.toInstant());
    Assertions.assertThat(executableTimers(pi)).isEmpty();
  }

  @Test
  void committedApplicationNotAcceptedInTimeIsAcceptedAutomaticallyAndGoesToReview() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    ClockUtil.setCurrentTime(date("2026-03-09T23:59:58+08:00"));
    Assertions.assertThat(executableTimers(pi)).isEmpty();
    ClockUtil.setCurrentTime(date("2026-03-10T00:00:00+08:00"));
    execute(executableTimers(pi).get(0));

    assertThat(pi)
        .hasPassedInOrder(EVENT_ACCEPTANCE_DUE, SERVICE_ACCEPT_AUTOMATICALLY)
        .hasPassed(GATEWAY_AUTOMATIC_ACCEPTANCE_ROUTE)
        .hasNotPassed("acceptOutcome", TASK_DECIDE)
        .isWaitingAt(TASK_REVIEW);
    assertThat(task(pi)).hasCandidateGroup("planning:review");
    Assertions.assertThat(automaticAcceptances)
        .containsExactly(Map.of(VAR_APPLICATION_ID, APPLICATION_ID, VAR_RECEIVED_AT, RECEIVED_AT));
    Assertions.assertThat(timers(pi)).isEmpty();
  }

  @Test
  void instantApplicationNotAcceptedInTimeIsAcceptedAutomaticallyAndGoesToDecision() {
    ProcessInstance pi = submit(HANDLING_INSTANT);

    ClockUtil.setCurrentTime(date("2026-03-10T09:00:00+08:00"));
    execute(executableTimers(pi).get(0));

    assertThat(pi).isWaitingAt(TASK_DECIDE).hasNotPassed(TASK_REVIEW);
    assertThat(task(pi)).hasCandidateGroup("planning:decide");
    completeWith(pi, OUTCOME_APPROVE);
    assertThat(pi).hasPassed(SERVICE_ACCEPT_AUTOMATICALLY, END_APPROVED).isEnded();
  }

  @Test
  void acceptingInTimeCancelsTheTimer() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    completeWith(pi, OUTCOME_ACCEPT);

    assertThat(pi).isWaitingAt(TASK_REVIEW).hasNotPassed(EVENT_ACCEPTANCE_DUE);
    Assertions.assertThat(timers(pi)).isEmpty();
  }

  @Test
  void notAcceptingInTimeCancelsTheTimer() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);

    completeWith(pi, OUTCOME_NOT_ACCEPT);

    assertThat(pi).isEnded().hasNotPassed(SERVICE_ACCEPT_AUTOMATICALLY);
    Assertions.assertThat(timers(pi)).isEmpty();
  }

  @Test
  void supplementRequestStopsTheTimerAndTheAnswerStartsOneFromTheNewReceiptDate() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertThat(pi).isWaitingAt(TASK_SUPPLEMENT_BEFORE_ACCEPTANCE);
    Assertions.assertThat(timers(pi)).as("no timer while the applicant supplements").isEmpty();

    // answered on Wednesday 11 March: due at the end of Wednesday 18 March
    Date answeredAt = date("2026-03-11T16:00:00+08:00");
    Date dueAt = date("2026-03-18T23:59:59+08:00");
    ClockUtil.setCurrentTime(answeredAt);
    complete(task(pi), withVariables(VAR_RECEIVED_AT, answeredAt, VAR_ACCEPTANCE_DUE_AT, dueAt));

    assertThat(pi).isWaitingAt(TASK_ACCEPT);
    Assertions.assertThat(timer(pi).getDuedate().toInstant()).isEqualTo(dueAt.toInstant());
    ClockUtil.setCurrentTime(date("2026-03-19T00:00:00+08:00"));
    execute(executableTimers(pi).get(0));
    assertThat(pi).isWaitingAt(TASK_REVIEW);
    Assertions.assertThat(automaticAcceptances)
        .containsExactly(Map.of(VAR_APPLICATION_ID, APPLICATION_ID, VAR_RECEIVED_AT, answeredAt));
  }

  @Test
  void failedAutomaticAcceptanceLeavesTheApplicationAtAcceptForARetry() {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    Mocks.register(
        DELEGATE_ACCEPT_AUTOMATICALLY,
        (JavaDelegate)
            execution -> {
              throw new IllegalStateException("database unavailable");
            });
    ClockUtil.setCurrentTime(date("2026-03-10T00:00:00+08:00"));
    String jobId = executableTimers(pi).get(0).getId();

    assertThatThrownBy(() -> managementService().executeJob(jobId))
        .hasMessageContaining("database unavailable");

    assertThat(pi).isWaitingAt(TASK_ACCEPT).hasNotPassed(SERVICE_ACCEPT_AUTOMATICALLY);
    Job timer = timer(pi);
    Assertions.assertThat(timer.getRetries()).isEqualTo(2);
    Assertions.assertThat(timer.getExceptionMessage()).contains("database unavailable");
  }

  @ParameterizedTest(name = "withdrawn while waiting at {0}")
  @ValueSource(
      strings = {
        TASK_ACCEPT,
        TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
        TASK_REVIEW,
        TASK_SUPPLEMENT_DURING_REVIEW,
        TASK_SPECIAL_PROCEDURE,
        TASK_DECIDE
      })
  void withdrawalCancelsTheOpenTaskWithItsTimersAndEndsTheInstanceWithdrawn(String waitingAt) {
    ProcessInstance pi = submit(HANDLING_COMMITTED);
    walkTo(pi, waitingAt);
    assertThat(pi).isWaitingAt(waitingAt);
    if (!TASK_SPECIAL_PROCEDURE.equals(waitingAt)) {
      // the step timers (and at accept the §32 timer) are there to be removed
      Assertions.assertThat(jobs(pi)).isNotEmpty();
    }

    runtimeService()
        .createMessageCorrelation(MESSAGE_WITHDRAWN)
        .processInstanceId(pi.getId())
        .correlate();

    assertThat(pi)
        .hasPassedInOrder(waitingAt, EVENT_WITHDRAWAL_REQUESTED, END_WITHDRAWN)
        .hasNotPassed(END_APPROVED, END_DENIED, END_NOT_ACCEPTED, SERVICE_ACCEPT_AUTOMATICALLY)
        .isEnded();
    Assertions.assertThat(jobs(pi)).isEmpty();
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .isZero();
    Assertions.assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(waitingAt)
                .unfinished()
                .count())
        .isZero();
  }

  @Test
  void aDecidedApplicationCanNoLongerBeWithdrawn() {
    ProcessInstance pi = submit(HANDLING_INSTANT);
    completeWith(pi, OUTCOME_APPROVE);

    assertThatThrownBy(
            () ->
                runtimeService()
                    .createMessageCorrelation(MESSAGE_WITHDRAWN)
                    .processInstanceId(pi.getId())
                    .correlate())
        .isInstanceOf(ProcessEngineException.class);
    assertThat(pi).hasPassed(END_APPROVED).hasNotPassed(END_WITHDRAWN).isEnded();
  }

  /** Takes a committed application from acceptance to the task named. */
  private static void walkTo(ProcessInstance pi, String taskKey) {
    switch (taskKey) {
      case TASK_ACCEPT -> {}
      case TASK_SUPPLEMENT_BEFORE_ACCEPTANCE -> completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
      case TASK_REVIEW -> completeWith(pi, OUTCOME_ACCEPT);
      case TASK_SUPPLEMENT_DURING_REVIEW -> {
        completeWith(pi, OUTCOME_ACCEPT);
        completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
      }
      case TASK_SPECIAL_PROCEDURE -> {
        completeWith(pi, OUTCOME_ACCEPT);
        complete(
            task(pi),
            withVariables(VAR_OUTCOME, OUTCOME_SPECIAL_PROCEDURE, VAR_PROCEDURE, "HEARING"));
      }
      case TASK_DECIDE -> {
        completeWith(pi, OUTCOME_ACCEPT);
        completeWith(pi, OUTCOME_PASS);
      }
      default -> throw new IllegalArgumentException(taskKey);
    }
  }

  /** Every job of the instance: the §32 timer and the step timers. */
  private static List<Job> jobs(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).list();
  }

  private static ProcessInstance submit(String handlingType) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            APPLICATION_ID,
            withVariables(
                VAR_APPLICATION_ID,
                APPLICATION_ID,
                VAR_DEPARTMENT,
                "planning",
                VAR_HANDLING_TYPE,
                handlingType,
                VAR_APPLICANT_GROUP,
                "enterprise:7",
                VAR_RECEIVED_AT,
                RECEIVED_AT,
                VAR_ACCEPTANCE_DUE_AT,
                ACCEPTANCE_DUE_AT));
  }

  /** Completes the open task the way the backend does: the outcome as a process variable. */
  private static void completeWith(ProcessInstance pi, String outcome) {
    complete(task(pi), withVariables(VAR_OUTCOME, outcome));
  }

  /** The §32 timers; the step timers have a test of their own. */
  private static List<Job> timers(ProcessInstance pi) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(EVENT_ACCEPTANCE_DUE)
        .timers()
        .list();
  }

  private static Job timer(ProcessInstance pi) {
    List<Job> timers = timers(pi);
    Assertions.assertThat(timers).hasSize(1);
    Job timer = timers.get(0);
    Assertions.assertThat(
            managementService()
                .createJobDefinitionQuery()
                .jobDefinitionId(timer.getJobDefinitionId())
                .singleResult()
                .getActivityId())
        .isEqualTo(EVENT_ACCEPTANCE_DUE);
    return timer;
  }

  private static List<Job> executableTimers(ProcessInstance pi) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(EVENT_ACCEPTANCE_DUE)
        .timers()
        .executable()
        .list();
  }

  private static Date date(String offsetDateTime) {
    return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
  }

  private static long timesPassed(ProcessInstance pi, String activityId) {
    return historyService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .finished()
        .count();
  }
}
