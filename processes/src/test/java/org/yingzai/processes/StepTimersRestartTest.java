package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Step timers are rows in the database: they fire on an engine built after the first was closed.
 */
class StepTimersRestartTest {

  private static final String APPLICATION_ID = "0b7e7c1e-2f9a-4d7e-9a51-3c1f00000002";
  private static final Date RECEIVED_AT = date("2026-03-02T10:15:00+08:00");
  private static final Date YELLOW_AT = date("2026-03-03T00:00:00+08:00");
  private static final Date RED_AT = date("2026-03-04T00:00:00+08:00");

  private final StepTimersStandIn stepTimers = new StepTimersStandIn();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ProcessEngine build(String name) {
    StandaloneProcessEngineConfiguration configuration = TestEngine.configuration(name);
    configuration.setBeans(
        Map.of(
            StandardApproval.BEAN_STEP_TIMERS, stepTimers,
            StandardApproval.DELEGATE_STEP_TURNS, stepTimers));
    return configuration.buildProcessEngine();
  }

  @Test
  void aPersistedStepTimerFiresOnTheEngineThatReplacedTheClosedOne() {
    ClockUtil.setCurrentTime(RECEIVED_AT);
    stepTimers.arm(YELLOW_AT, RED_AT);
    ProcessEngine before = build("step-timers-before-restart");
    String deploymentId =
        before
            .getRepositoryService()
            .createDeployment()
            .addClasspathResource(StandardApproval.RESOURCE)
            .deploy()
            .getId();
    String processInstanceId =
        before
            .getRuntimeService()
            .createProcessInstanceByKey(StandardApproval.PROCESS_KEY)
            .businessKey(APPLICATION_ID)
            .setVariable(StandardApproval.VAR_APPLICATION_ID, APPLICATION_ID)
            .setVariable(StandardApproval.VAR_DEPARTMENT, "planning")
            .setVariable(StandardApproval.VAR_HANDLING_TYPE, StandardApproval.HANDLING_COMMITTED)
            .setVariable(StandardApproval.VAR_APPLICANT_GROUP, "enterprise:7")
            .setVariable(StandardApproval.VAR_RECEIVED_AT, RECEIVED_AT)
            .setVariable(StandardApproval.VAR_ACCEPTANCE_DUE_AT, date("2026-03-09T23:59:59+08:00"))
            .execute()
            .getId();
    String taskId =
        before
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .singleResult()
            .getId();
    before.close();

    ProcessEngine after = build("step-timers-after-restart");
    try {
      ClockUtil.setCurrentTime(date("2026-03-03T00:00:01+08:00"));
      Job due =
          after
              .getManagementService()
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .activityId(StandardApproval.TASK_ACCEPT)
              .executable()
              .singleResult();
      assertThat(due.getDuedate()).isEqualTo(YELLOW_AT);

      after.getManagementService().executeJob(due.getId());

      assertThat(stepTimers.fired())
          .singleElement()
          .satisfies(fired -> assertThat(fired.taskId()).isEqualTo(taskId));
      assertThat(after.getRuntimeService().getActiveActivityIds(processInstanceId))
          .containsExactly(StandardApproval.TASK_ACCEPT);
      // the fired timer is gone (the backend's delegate arms the next one; the stand-in does not)
      assertThat(
              after
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(processInstanceId)
                  .activityId(StandardApproval.TASK_ACCEPT)
                  .count())
          .isZero();
    } finally {
      after.getRepositoryService().deleteDeployment(deploymentId, true);
      after.close();
    }
  }

  private static Date date(String offsetDateTime) {
    return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
  }
}
