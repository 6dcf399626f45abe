package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.StandardApproval.END_APPROVED;
import static org.yingzai.processes.StandardApproval.END_DENIED;
import static org.yingzai.processes.StandardApproval.END_NOT_ACCEPTED;
import static org.yingzai.processes.StandardApproval.HANDLING_COMMITTED;
import static org.yingzai.processes.StandardApproval.HANDLING_INSTANT;
import static org.yingzai.processes.StandardApproval.OUTCOME_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_APPROVE;
import static org.yingzai.processes.StandardApproval.OUTCOME_DENY;
import static org.yingzai.processes.StandardApproval.OUTCOME_NOT_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_PASS;
import static org.yingzai.processes.StandardApproval.OUTCOME_PROCEDURE_FINISHED;
import static org.yingzai.processes.StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
import static org.yingzai.processes.StandardApproval.OUTCOME_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.PROCESS_KEY;
import static org.yingzai.processes.StandardApproval.TASK_ACCEPT;
import static org.yingzai.processes.StandardApproval.TASK_DECIDE;
import static org.yingzai.processes.StandardApproval.TASK_REVIEW;
import static org.yingzai.processes.StandardApproval.TASK_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW;
import static org.yingzai.processes.StandardApproval.VAR_APPLICANT_GROUP;
import static org.yingzai.processes.StandardApproval.VAR_APPLICATION_ID;
import static org.yingzai.processes.StandardApproval.VAR_DEPARTMENT;
import static org.yingzai.processes.StandardApproval.VAR_HANDLING_TYPE;
import static org.yingzai.processes.StandardApproval.VAR_OUTCOME;
import static org.yingzai.processes.StandardApproval.VAR_PROCEDURE;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = StandardApproval.RESOURCE)
class StandardApprovalProcessTest {

  private static final String APPLICATION_ID = "YZ20261128000123";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  @BeforeEach
  void useTestEngine() {
    init(engine.getProcessEngine());
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
                "enterprise:7"));
  }

  /** Completes the open task the way the backend does: the outcome as a process variable. */
  private static void completeWith(ProcessInstance pi, String outcome) {
    complete(task(pi), withVariables(VAR_OUTCOME, outcome));
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
