package org.yingzai.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.yingzai.processes.LegalClock.CATCH_CHANGED_WHILE_GREEN;
import static org.yingzai.processes.LegalClock.CATCH_CHANGED_WHILE_SETTLED;
import static org.yingzai.processes.LegalClock.END_CLOCK_STOPPED;
import static org.yingzai.processes.LegalClock.GATEWAY_WHILE_GREEN;
import static org.yingzai.processes.LegalClock.GATEWAY_WHILE_SETTLED;
import static org.yingzai.processes.LegalClock.GATEWAY_WHILE_YELLOW;
import static org.yingzai.processes.LegalClock.MESSAGE_CLOCK_CHANGED;
import static org.yingzai.processes.LegalClock.MESSAGE_CLOCK_STOPPED;
import static org.yingzai.processes.LegalClock.NEXT_NONE;
import static org.yingzai.processes.LegalClock.NEXT_RED;
import static org.yingzai.processes.LegalClock.NEXT_YELLOW;
import static org.yingzai.processes.LegalClock.PROCESS_KEY;
import static org.yingzai.processes.LegalClock.TASK_RECORD_LEVEL;
import static org.yingzai.processes.LegalClock.TIMER_RED;
import static org.yingzai.processes.LegalClock.TIMER_RED_WHILE_YELLOW;
import static org.yingzai.processes.LegalClock.TIMER_YELLOW;
import static org.yingzai.processes.LegalClock.VAR_APPLICATION_ID;
import static org.yingzai.processes.LegalClock.VAR_NEXT_LEVEL;
import static org.yingzai.processes.LegalClock.VAR_RED_AT;
import static org.yingzai.processes.LegalClock.VAR_YELLOW_AT;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal clock process with the engine clock moved and due jobs run by hand. An application
 * accepted on Monday 2 March 2026 with 8 working days: YELLOW from 11 March, RED from 13 March.
 */
@Deployment(resources = LegalClock.RESOURCE)
class LegalClockProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String APPLICATION_ID = "0b7e7c1e-2f9a-4d7e-9a51-3c1f00000001";
  static final Date ACCEPTED = at(3, 2, 10, 0, 0);
  static final Date YELLOW_AT = at(3, 11, 0, 0, 0);
  static final Date RED_AT = at(3, 13, 0, 0, 0);

  @RegisterExtension
  static final ProcessEngineExtension engine =
      ProcessEngineExtension.builder().useProcessEngine(LegalClockEngines.shared()).build();

  @BeforeEach
  void acceptedOnMonday() {
    init(engine.getProcessEngine());
    LegalClockEngines.DELEGATE.reset();
    ClockUtil.setCurrentTime(ACCEPTED);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void timersTurnTheLevelYellowThenRedAtTheExactMoment() {
    ProcessInstance pi = start(NEXT_YELLOW, YELLOW_AT, RED_AT);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_GREEN);
    assertThat(jobs(pi)).extracting(Job::getDuedate).containsExactlyInAnyOrder(YELLOW_AT, RED_AT);

    ClockUtil.setCurrentTime(minusSecond(YELLOW_AT));
    assertThat(dueJobs(pi)).isEmpty();

    ClockUtil.setCurrentTime(YELLOW_AT);
    runDueJobs(pi);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_YELLOW).hasPassed(TIMER_YELLOW, TASK_RECORD_LEVEL);
    assertThat(jobs(pi)).extracting(Job::getDuedate).containsExactly(RED_AT);

    ClockUtil.setCurrentTime(minusSecond(RED_AT));
    assertThat(dueJobs(pi)).isEmpty();

    ClockUtil.setCurrentTime(RED_AT);
    runDueJobs(pi);
    assertThat(pi)
        .isWaitingAt(GATEWAY_WHILE_SETTLED)
        .hasPassed(TIMER_RED_WHILE_YELLOW)
        .hasNotPassed(TIMER_RED)
        .isNotEnded();
    assertThat(jobs(pi)).isEmpty();
    assertThat(LegalClockEngines.DELEGATE.calls()).isEqualTo(2);
  }

  @Test
  void aTimerRunLateRecordsTheLevelItFindsAndArmsNothingAlreadyDue() {
    ProcessInstance pi = start(NEXT_YELLOW, YELLOW_AT, RED_AT);

    // the service hall was down from before the yellow to after the red moment
    ClockUtil.setCurrentTime(at(3, 16, 9, 0, 0));
    assertThat(dueJobs(pi)).hasSize(2);
    managementService().executeJob(dueJobs(pi).get(0).getId());

    assertThat(pi).isWaitingAt(GATEWAY_WHILE_SETTLED);
    assertThat(jobs(pi)).isEmpty();
    assertThat(LegalClockEngines.DELEGATE.calls()).isEqualTo(1);
  }

  @Test
  void clockChangedReArmsTheTimersWithTheNewMoments() {
    ProcessInstance pi = start(NEXT_YELLOW, YELLOW_AT, RED_AT);

    // extended by 3 working days on 5 March: YELLOW from 16 March, RED from 18 March
    ClockUtil.setCurrentTime(at(3, 5, 15, 0, 0));
    Date laterYellow = at(3, 16, 0, 0, 0);
    Date laterRed = at(3, 18, 0, 0, 0);
    changed(NEXT_YELLOW, laterYellow, laterRed);

    assertThat(pi).isWaitingAt(GATEWAY_WHILE_GREEN).hasPassed(CATCH_CHANGED_WHILE_GREEN);
    assertThat(jobs(pi))
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(laterYellow, laterRed);
    ClockUtil.setCurrentTime(YELLOW_AT);
    assertThat(dueJobs(pi)).isEmpty();

    ClockUtil.setCurrentTime(laterYellow);
    runDueJobs(pi);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_YELLOW);
    assertThat(jobs(pi)).extracting(Job::getDuedate).containsExactly(laterRed);
  }

  @Test
  void aPausedClockArmsNoTimerUntilItRunsAgain() {
    ProcessInstance pi = start(NEXT_YELLOW, YELLOW_AT, RED_AT);
    ClockUtil.setCurrentTime(YELLOW_AT);
    runDueJobs(pi);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_YELLOW);

    // paused on 11 March: the level stays YELLOW, no timer runs
    ClockUtil.setCurrentTime(at(3, 11, 9, 30, 0));
    changed(NEXT_NONE, YELLOW_AT, RED_AT);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_SETTLED);
    assertThat(jobs(pi)).isEmpty();
    ClockUtil.setCurrentTime(at(3, 20, 9, 0, 0));
    assertThat(dueJobs(pi)).isEmpty();

    // resumed on 20 March with 7 working days paused: RED from 24 March
    Date resumedRed = at(3, 24, 0, 0, 0);
    changed(NEXT_RED, at(3, 20, 0, 0, 0), resumedRed);
    assertThat(pi).isWaitingAt(GATEWAY_WHILE_YELLOW).hasPassed(CATCH_CHANGED_WHILE_SETTLED);
    assertThat(jobs(pi)).extracting(Job::getDuedate).containsExactly(resumedRed);
    assertThat(LegalClockEngines.DELEGATE.calls()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {NEXT_YELLOW, NEXT_RED, NEXT_NONE})
  void clockStoppedEndsTheInstanceWhateverItWaitsFor(String nextLevel) {
    ProcessInstance pi = start(nextLevel, YELLOW_AT, RED_AT);

    runtimeService()
        .createMessageCorrelation(MESSAGE_CLOCK_STOPPED)
        .processInstanceBusinessKey(APPLICATION_ID)
        .correlate();

    assertThat(pi).hasPassed(END_CLOCK_STOPPED).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  private static ProcessInstance start(String nextLevel, Date yellowAt, Date redAt) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            APPLICATION_ID,
            withVariables(
                VAR_APPLICATION_ID,
                APPLICATION_ID,
                VAR_YELLOW_AT,
                yellowAt,
                VAR_RED_AT,
                redAt,
                VAR_NEXT_LEVEL,
                nextLevel));
  }

  /** What the backend does when the ledger changes: correlate by business key, fresh moments. */
  private static void changed(String nextLevel, Date yellowAt, Date redAt) {
    runtimeService()
        .createMessageCorrelation(MESSAGE_CLOCK_CHANGED)
        .processInstanceBusinessKey(APPLICATION_ID)
        .setVariable(VAR_YELLOW_AT, yellowAt)
        .setVariable(VAR_RED_AT, redAt)
        .setVariable(VAR_NEXT_LEVEL, nextLevel)
        .correlate();
  }

  private static List<Job> jobs(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).list();
  }

  private static List<Job> dueJobs(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).executable().list();
  }

  private static void runDueJobs(ProcessInstance pi) {
    List<Job> due = dueJobs(pi);
    assertThat(due).hasSize(1);
    managementService().executeJob(due.get(0).getId());
  }

  static Date at(int month, int day, int hour, int minute, int second) {
    return Date.from(
        LocalDateTime.of(2026, month, day, hour, minute, second).atZone(SHANGHAI).toInstant());
  }

  private static Date minusSecond(Date date) {
    return new Date(date.getTime() - 1000);
  }
}
