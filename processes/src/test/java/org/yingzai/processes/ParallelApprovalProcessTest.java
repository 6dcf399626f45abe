package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.yingzai.processes.ParallelApproval.BEAN_MEMBERS;
import static org.yingzai.processes.ParallelApproval.BEAN_MEMBER_VARIABLES;
import static org.yingzai.processes.ParallelApproval.CALL_MEMBER_APPROVALS;
import static org.yingzai.processes.ParallelApproval.DELEGATE_GROUP_CLOCK_TIMER;
import static org.yingzai.processes.ParallelApproval.DELEGATE_GROUP_DECIDED;
import static org.yingzai.processes.ParallelApproval.GATEWAY_WHILE_ARMED;
import static org.yingzai.processes.ParallelApproval.GATEWAY_WHILE_SETTLED;
import static org.yingzai.processes.ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED;
import static org.yingzai.processes.ParallelApproval.PROCESS_KEY;
import static org.yingzai.processes.ParallelApproval.VAR_GROUP_KEY;
import static org.yingzai.processes.ParallelApproval.VAR_NEXT_CHANGE_AT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {ParallelApproval.RESOURCE, "bpmn/test-member-approval.bpmn"})
class ParallelApprovalProcessTest {

  private static final String GROUP = "project-1/LAND_AND_PLANNING";

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(TestEngine.get()).build();

  private final List<String> decided = Collections.synchronizedList(new ArrayList<>());
  private final List<String> timersFired = new ArrayList<>();
  private final Map<String, String> departments =
      Map.of("app-a", "planning", "app-b", "housing", "app-c", "fire");
  private Date nextAfterTimer;

  /** What {@code parallelApprovals} answers in the model's expressions. */
  public class Members implements ParallelMembers {
    @Override
    public List<String> members(DelegateExecution execution) {
      assertThat(execution.getBusinessKey()).isEqualTo(GROUP);
      return List.of("app-a", "app-b", "app-c");
    }

    @Override
    public String processKey(String applicationId) {
      return "test-member-approval";
    }
  }

  @BeforeEach
  void registerBeans() {
    init(engine.getProcessEngine());
    Mocks.register(BEAN_MEMBERS, new Members());
    Mocks.register(
        BEAN_MEMBER_VARIABLES,
        new DelegateVariableMapping() {
          @Override
          public void mapInputVariables(DelegateExecution superExecution, VariableMap variables) {
            String applicationId = (String) superExecution.getVariable("applicationId");
            variables.put("applicationId", applicationId);
            variables.put("departmentCode", departments.get(applicationId));
          }

          @Override
          public void mapOutputVariables(DelegateExecution superExecution, VariableScope sub) {}
        });
    Mocks.register(
        DELEGATE_GROUP_DECIDED,
        (JavaDelegate) execution -> decided.add(execution.getProcessBusinessKey()));
    Mocks.register(
        DELEGATE_GROUP_CLOCK_TIMER,
        (JavaDelegate)
            execution -> {
              timersFired.add(String.valueOf(execution.getVariable(VAR_NEXT_CHANGE_AT)));
              execution.setVariable(VAR_NEXT_CHANGE_AT, nextAfterTimer);
            });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void everyMemberIsCalledAtOnceWithItsApplicationIdAsBusinessKeyAndItsOwnVariables() {
    ProcessInstance group = start();

    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_SETTLED);
    List<ProcessInstance> members =
        runtimeService().createProcessInstanceQuery().superProcessInstanceId(group.getId()).list();
    assertThat(members)
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("app-a", "app-b", "app-c");
    assertThat(taskQuery().taskCandidateGroup("housing:decide").list())
        .extracting(Task::getProcessInstanceId)
        .containsExactly(memberOf(group, "app-b").getId());
    assertThat(runtimeService().getVariable(memberOf(group, "app-c").getId(), "departmentCode"))
        .isEqualTo("fire");
  }

  @Test
  void theGroupFinishesOnceWhenItsLastMemberEndsAndItsClockStopsWithIt() {
    ProcessInstance group = start();
    arm(group, Instant.parse("2027-03-01T00:00:00Z"));

    finish(group, "app-a");
    finish(group, "app-c");
    runJobsOf(group);
    assertThat(decided).isEmpty();
    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_ARMED);

    finish(group, "app-b");
    runJobsOf(group);

    assertThat(decided).containsExactly(GROUP);
    BpmnAwareTests.assertThat(group).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(group.getId()).count())
        .isZero();
  }

  @Test
  void membersEndingInOneGoLeaveOneContinuationEachAndTheGroupIsDecidedOnce() {
    ProcessInstance group = start();
    for (String member : List.of("app-a", "app-b", "app-c")) {
      finish(group, member);
    }
    List<Job> continuations =
        managementService().createJobQuery().processInstanceId(group.getId()).list();
    assertThat(continuations).hasSize(3);

    runJobsOf(group);

    assertThat(decided).containsExactly(GROUP);
    BpmnAwareTests.assertThat(group).isEnded();
  }

  @Test
  void theClockWaitsWithoutTimerUntilAChangeArmsItAndItsTimerRecordsTheLevelAndReArms() {
    ProcessInstance group = start();
    assertThat(timerJobs(group)).isEmpty();

    Instant yellow = Instant.parse("2027-03-01T00:00:00Z");
    arm(group, yellow);
    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_ARMED);
    assertThat(timerJobs(group))
        .singleElement()
        .extracting(Job::getDuedate)
        .isEqualTo(Date.from(yellow));

    Instant red = Instant.parse("2027-03-05T16:00:00Z");
    arm(group, red);
    assertThat(timerJobs(group))
        .singleElement()
        .extracting(Job::getDuedate)
        .isEqualTo(Date.from(red));

    nextAfterTimer = null;
    ClockUtil.setCurrentTime(Date.from(red.plusSeconds(1)));
    managementService().executeJob(timerJobs(group).get(0).getId());

    assertThat(timersFired).containsExactly(String.valueOf(Date.from(red)));
    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_SETTLED);
    assertThat(timerJobs(group)).isEmpty();

    runtimeService()
        .createMessageCorrelation(MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(group.getId())
        .setVariable(VAR_NEXT_CHANGE_AT, null)
        .correlate();
    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_SETTLED);
  }

  @Test
  void aChangeWhileArmedReplacesTheTimer() {
    ProcessInstance group = start();
    arm(group, Instant.parse("2027-03-01T00:00:00Z"));
    BpmnAwareTests.assertThat(group).isWaitingAt(CALL_MEMBER_APPROVALS, GATEWAY_WHILE_ARMED);

    runtimeService()
        .createMessageCorrelation(MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(group.getId())
        .setVariable(VAR_NEXT_CHANGE_AT, null)
        .correlate();

    assertThat(timerJobs(group)).isEmpty();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_GROUP_KEY, GROUP);
    variables.put(VAR_NEXT_CHANGE_AT, null);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, GROUP, variables);
  }

  private void arm(ProcessInstance group, Instant at) {
    runtimeService()
        .createMessageCorrelation(MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(group.getId())
        .setVariable(VAR_NEXT_CHANGE_AT, Date.from(at))
        .correlate();
  }

  private ProcessInstance memberOf(ProcessInstance group, String applicationId) {
    return runtimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(group.getId())
        .processInstanceBusinessKey(applicationId)
        .singleResult();
  }

  private void finish(ProcessInstance group, String applicationId) {
    Task task =
        taskQuery().processInstanceId(memberOf(group, applicationId).getId()).singleResult();
    taskService().complete(task.getId());
  }

  private List<Job> timerJobs(ProcessInstance group) {
    return managementService().createJobQuery().processInstanceId(group.getId()).timers().list();
  }

  private void runJobsOf(ProcessInstance group) {
    for (Job job :
        managementService().createJobQuery().processInstanceId(group.getId()).messages().list()) {
      managementService().executeJob(job.getId());
    }
  }
}
