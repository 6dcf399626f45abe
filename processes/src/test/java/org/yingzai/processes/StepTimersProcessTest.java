package org.yingzai.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.StandardApproval.OUTCOME_ACCEPT;
import static org.yingzai.processes.StandardApproval.OUTCOME_PASS;
import static org.yingzai.processes.StandardApproval.OUTCOME_PROCEDURE_FINISHED;
import static org.yingzai.processes.StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
import static org.yingzai.processes.StandardApproval.OUTCOME_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.TASK_ACCEPT;
import static org.yingzai.processes.StandardApproval.TASK_DECIDE;
import static org.yingzai.processes.StandardApproval.TASK_REVIEW;
import static org.yingzai.processes.StandardApproval.TASK_SPECIAL_PROCEDURE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE;
import static org.yingzai.processes.StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW;
import static org.yingzai.processes.StandardApproval.VAR_OUTCOME;
import static org.yingzai.processes.StandardApproval.VAR_PROCEDURE;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The step timers of the standard approval: each task of a step that may have a limit carries one
 * timeout listener, armed when the task is entered for the next moment its step's level changes,
 * that runs the step turns delegate with the task and leaves the task where it is.
 */
@Deployment(resources = StandardApproval.RESOURCE)
class StepTimersProcessTest {

  private static final Date RECEIVED_AT = date("2026-03-02T10:15:00+08:00");
  private static final Date YELLOW_AT = date("2026-03-03T00:00:00+08:00");
  private static final Date RED_AT = date("2026-03-04T00:00:00+08:00");

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  private StepTimersStandIn stepTimers;

  @BeforeEach
  void submittedOnMonday() {
    init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(RECEIVED_AT);
    stepTimers = StepTimersStandIn.register(new StepTimersStandIn());
  }

  @AfterEach
  void resetClockAndMocks() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void theAcceptTaskIsArmedWithTheMomentItsStepTurnsYellow() {
    stepTimers.arm(YELLOW_AT, RED_AT);
    ProcessInstance pi = submit();

    assertThat(pi).isWaitingAt(TASK_ACCEPT);
    Assertions.assertThat(stepTimers(pi, TASK_ACCEPT))
        .extracting(Job::getDuedate)
        .containsExactly(YELLOW_AT);
    Assertions.assertThat(dueStepTimers(pi, TASK_ACCEPT)).isEmpty();
  }

  @Test
  void aTaskEnteredOnceItsStepIsYellowIsArmedWithTheMomentItTurnsRed() {
    stepTimers.arm(YELLOW_AT, RED_AT);
    ClockUtil.setCurrentTime(new Date(YELLOW_AT.getTime() + 1000));
    ProcessInstance pi = submit();

    Assertions.assertThat(stepTimers(pi, TASK_ACCEPT))
        .extracting(Job::getDuedate)
        .containsExactly(RED_AT);
  }

  @Test
  void aDueStepTimerRunsTheDelegateWithItsTaskAndLeavesTheTaskWhereItIs() {
    stepTimers.arm(YELLOW_AT, RED_AT);
    ProcessInstance pi = submit();
    String taskId = task(pi).getId();

    ClockUtil.setCurrentTime(new Date(YELLOW_AT.getTime() - 1000));
    Assertions.assertThat(dueStepTimers(pi, TASK_ACCEPT)).isEmpty();
    ClockUtil.setCurrentTime(YELLOW_AT);
    List<Job> due = dueStepTimers(pi, TASK_ACCEPT);
    Assertions.assertThat(due).singleElement().extracting(Job::getDuedate).isEqualTo(YELLOW_AT);
    managementService().executeJob(due.get(0).getId());

    assertThat(pi).isWaitingAt(TASK_ACCEPT);
    Assertions.assertThat(task(pi).getId()).isEqualTo(taskId);
    Assertions.assertThat(stepTimers.fired())
        .singleElement()
        .satisfies(
            fired -> {
              Assertions.assertThat(fired.taskId()).isEqualTo(taskId);
              Assertions.assertThat(fired.taskKey()).isEqualTo(TASK_ACCEPT);
              Assertions.assertThat(fired.event()).isEqualTo("timeout");
              Assertions.assertThat(fired.at()).isEqualTo(YELLOW_AT);
            });
    // the fired timer is gone; the backend's delegate arms the next moment, the stand-in does not
    Assertions.assertThat(stepTimers(pi, TASK_ACCEPT)).isEmpty();
  }

  @Test
  void everyStepIsArmedAnewWhenItsTaskIsEnteredAndItsTimersGoWithTheTask() {
    ProcessInstance pi = submit();
    Assertions.assertThat(stepTimers(pi, TASK_ACCEPT)).hasSize(1);

    // asked for a supplement, answered, accepted, reviewed with a supplement and a procedure
    Date[] moments = {date("2026-03-10T00:00:00+08:00")};
    stepTimers.arm(moments[0], date("2026-03-12T00:00:00+08:00"));
    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertArmedOnlyAt(pi, TASK_SUPPLEMENT_BEFORE_ACCEPTANCE, moments);
    complete(task(pi));
    assertArmedOnlyAt(pi, TASK_ACCEPT, moments);
    completeWith(pi, OUTCOME_ACCEPT);
    assertArmedOnlyAt(pi, TASK_REVIEW, moments);
    completeWith(pi, OUTCOME_REQUEST_SUPPLEMENT);
    assertArmedOnlyAt(pi, TASK_SUPPLEMENT_DURING_REVIEW, moments);
    complete(task(pi));
    complete(
        task(pi), withVariables(VAR_OUTCOME, OUTCOME_SPECIAL_PROCEDURE, VAR_PROCEDURE, "HEARING"));
    assertThat(pi).isWaitingAt(TASK_SPECIAL_PROCEDURE);
    Assertions.assertThat(allStepTimers(pi)).as("a special procedure has no limit").isEmpty();
    completeWith(pi, OUTCOME_PROCEDURE_FINISHED);
    assertArmedOnlyAt(pi, TASK_REVIEW, moments);
    completeWith(pi, OUTCOME_PASS);
    assertArmedOnlyAt(pi, TASK_DECIDE, moments);
    completeWith(pi, StandardApproval.OUTCOME_APPROVE);

    assertThat(pi).isEnded();
    Assertions.assertThat(
            managementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
    Assertions.assertThat(stepTimers.fired()).isEmpty();
  }

  @Test
  void aTimerArmedForNeverIsNeverDue() {
    ProcessInstance pi = submit();

    ClockUtil.setCurrentTime(date("2099-12-31T00:00:00+08:00"));
    Assertions.assertThat(stepTimers(pi, TASK_ACCEPT))
        .extracting(Job::getDuedate)
        .containsExactly(StepTimersStandIn.NEVER);
    Assertions.assertThat(dueStepTimers(pi, TASK_ACCEPT)).isEmpty();
  }

  private void assertArmedOnlyAt(ProcessInstance pi, String taskKey, Date[] moments) {
    assertThat(pi).isWaitingAt(taskKey);
    Assertions.assertThat(allStepTimers(pi))
        .as("only the open task's timer")
        .allSatisfy(
            job ->
                Assertions.assertThat(stepTimers(pi, taskKey))
                    .extracting(Job::getId)
                    .contains(job.getId()))
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(moments);
  }

  private static ProcessInstance submit() {
    return runtimeService()
        .startProcessInstanceByKey(
            StandardApproval.PROCESS_KEY,
            "application-1",
            withVariables(
                StandardApproval.VAR_APPLICATION_ID,
                "application-1",
                StandardApproval.VAR_DEPARTMENT,
                "planning",
                StandardApproval.VAR_HANDLING_TYPE,
                StandardApproval.HANDLING_COMMITTED,
                StandardApproval.VAR_APPLICANT_GROUP,
                "enterprise:7",
                StandardApproval.VAR_RECEIVED_AT,
                RECEIVED_AT,
                StandardApproval.VAR_ACCEPTANCE_DUE_AT,
                date("2026-03-09T23:59:59+08:00")));
  }

  private static void completeWith(ProcessInstance pi, String outcome) {
    complete(task(pi), withVariables(VAR_OUTCOME, outcome));
  }

  /** The timers of the task's step: the timeout listeners' jobs live on the task's activity. */
  static List<Job> stepTimers(ProcessInstance pi, String taskKey) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(taskKey)
        .timers()
        .list();
  }

  private static List<Job> dueStepTimers(ProcessInstance pi, String taskKey) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(taskKey)
        .timers()
        .executable()
        .list();
  }

  private static List<Job> allStepTimers(ProcessInstance pi) {
    return managementService()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .timers()
        .list()
        .stream()
        .filter(job -> !StandardApproval.EVENT_ACCEPTANCE_DUE.equals(activityOf(job)))
        .toList();
  }

  private static String activityOf(Job job) {
    return managementService()
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private static Date date(String offsetDateTime) {
    return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
  }
}
