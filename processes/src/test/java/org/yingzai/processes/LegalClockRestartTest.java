package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.processes.LegalClockProcessTest.APPLICATION_ID;
import static org.yingzai.processes.LegalClockProcessTest.RED_AT;
import static org.yingzai.processes.LegalClockProcessTest.YELLOW_AT;
import static org.yingzai.processes.LegalClockProcessTest.at;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timers are rows in the database: they fire on an engine built after the first was closed. */
class LegalClockRestartTest {

  @BeforeEach
  void noTimerRanYet() {
    LegalClockEngines.DELEGATE.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aPersistedTimerFiresOnTheEngineThatReplacedTheClosedOne() {
    ClockUtil.setCurrentTime(at(3, 2, 10, 0, 0));
    ProcessEngine before = LegalClockEngines.build("legal-clock-before-restart");
    String deploymentId =
        before
            .getRepositoryService()
            .createDeployment()
            .addClasspathResource(LegalClock.RESOURCE)
            .deploy()
            .getId();
    String processInstanceId =
        before
            .getRuntimeService()
            .createProcessInstanceByKey(LegalClock.PROCESS_KEY)
            .businessKey(APPLICATION_ID)
            .setVariable(LegalClock.VAR_APPLICATION_ID, APPLICATION_ID)
            .setVariable(LegalClock.VAR_YELLOW_AT, YELLOW_AT)
            .setVariable(LegalClock.VAR_RED_AT, RED_AT)
            .setVariable(LegalClock.VAR_NEXT_LEVEL, LegalClock.NEXT_YELLOW)
            .execute()
            .getId();
    before.close();

    ProcessEngine after = LegalClockEngines.build("legal-clock-after-restart");
    try {
      ClockUtil.setCurrentTime(at(3, 11, 0, 0, 1));
      Job due =
          after
              .getManagementService()
              .createJobQuery()
              .processInstanceId(processInstanceId)
              .executable()
              .singleResult();
      assertThat(due.getDuedate()).isEqualTo(YELLOW_AT);

      after.getManagementService().executeJob(due.getId());

      assertThat(after.getRuntimeService().getActiveActivityIds(processInstanceId))
          .containsExactly(LegalClock.GATEWAY_WHILE_YELLOW);
      assertThat(
              after.getRuntimeService().getVariable(processInstanceId, LegalClock.VAR_NEXT_LEVEL))
          .isEqualTo(LegalClock.NEXT_RED);
      assertThat(
              after
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(processInstanceId)
                  .singleResult()
                  .getDuedate())
          .isEqualTo(RED_AT);
      assertThat(LegalClockEngines.DELEGATE.calls()).isEqualTo(1);
    } finally {
      after.getRepositoryService().deleteDeployment(deploymentId, true);
      after.close();
    }
  }
}
