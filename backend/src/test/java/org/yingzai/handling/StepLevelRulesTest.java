package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.yingzai.applications.Step;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.LimitLevel;
import org.yingzai.clock.StepWarningChange;
import org.yingzai.clock.WarningCause;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WarningService;
import org.yingzai.handling.WorkTaskMapper.OpenedTask;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;

/**
 * When a step's level changes, what is recorded, and who is to be told: a clerk's step turning RED
 * while it is still open tells the clerks of its duty; the applicant's own step tells nobody.
 */
class StepLevelRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-01T15:59:59Z");

  private final WorkTaskMapper workTasks = mock(WorkTaskMapper.class);
  private final ClockLedger clocks = mock(ClockLedger.class);
  private final WarningService warnings = mock(WarningService.class);
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private final StepLevels steps =
      new StepLevels(workTasks, clocks, warnings, Clock.fixed(NOW, ZoneOffset.UTC), events);

  private static OpenedTask opened(String group, WarningLevel level) {
    return new OpenedTask(
        "t-1",
        "a-1",
        "YZ20260302000001",
        "规划许可",
        "review",
        Step.REVIEW,
        "planning",
        group,
        null,
        NOW,
        DUE,
        level,
        8,
        LimitUnit.WORKING_DAYS,
        HandlingType.COMMITTED,
        null);
  }

  /** The opened task's row as the queue reads it back, still open. */
  private static WorkTaskRow task(String group, WarningLevel level) {
    OpenedTask task = opened(group, level);
    return new WorkTaskRow(
        task.taskId(),
        task.applicationId(),
        task.applicationNumber(),
        task.itemName(),
        task.taskKey(),
        task.step(),
        task.departmentCode(),
        task.candidateGroup(),
        task.assignee(),
        task.createdAt(),
        task.dueAt(),
        task.warningLevel(),
        null,
        null,
        null,
        task.stepLimit(),
        task.limitUnit(),
        task.handlingType(),
        task.itemCode(),
        null,
        false);
  }

  private void levelNow(WorkTaskRow task, WarningLevel level) {
    when(workTasks.lockById("t-1")).thenReturn(task);
    when(clocks.limitLevel(any(), anyInt(), eq(LimitUnit.WORKING_DAYS)))
        .thenReturn(new LimitLevel(level, -1));
    when(clocks.finishedLevel(any(), eq(LimitUnit.WORKING_DAYS)))
        .thenReturn(new LimitLevel(level, -1));
  }

  @Test
  void aClerksStepTurningRedIsRecordedAndToldToTheClerksOfItsDuty() {
    levelNow(task("planning:review", WarningLevel.YELLOW), WarningLevel.RED);

    steps.timerFired("t-1");

    verify(workTasks).updateWarningLevel("t-1", WarningLevel.RED);
    ArgumentCaptor<StepWarningChange> change = ArgumentCaptor.forClass(StepWarningChange.class);
    verify(warnings).recordStep(eq("a-1"), change.capture());
    assertThat(change.getValue().step()).isEqualTo("REVIEW");
    assertThat(change.getValue().levelFrom()).isEqualTo(WarningLevel.YELLOW);
    assertThat(change.getValue().levelTo()).isEqualTo(WarningLevel.RED);
    assertThat(change.getValue().cause()).isEqualTo(WarningCause.TIMER);
    ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
    verify(events, times(2)).publishEvent(published.capture());
    assertThat(published.getAllValues().get(0))
        .isInstanceOfSatisfying(
            StepLevelChanged.class,
            changed -> {
              assertThat(changed.level()).isEqualTo(WarningLevel.RED);
              assertThat(changed.cause()).isEqualTo(WarningCause.TIMER);
            });
    StepTurnedRed red = (StepTurnedRed) published.getAllValues().get(1);
    assertThat(red.step()).isEqualTo(Step.REVIEW);
    assertThat(red.departmentCode()).isEqualTo("planning");
    assertThat(red.duty()).isEqualTo("review");
    assertThat(red.dueAt().toInstant()).isEqualTo(DUE);
  }

  @Test
  void theApplicantsOwnStepTurningRedTellsNoClerk() {
    levelNow(task("enterprise:3", WarningLevel.YELLOW), WarningLevel.RED);

    steps.timerFired("t-1");

    verify(workTasks).updateWarningLevel("t-1", WarningLevel.RED);
    verify(events, never()).publishEvent(any(StepTurnedRed.class));
    verify(events).publishEvent(any(StepLevelChanged.class));
  }

  @Test
  void aStepFinishedLateKeepsRedButTellsNobody() {
    levelNow(task("planning:review", WarningLevel.YELLOW), WarningLevel.RED);

    steps.stopped("t-1");

    ArgumentCaptor<StepWarningChange> change = ArgumentCaptor.forClass(StepWarningChange.class);
    verify(warnings).recordStep(eq("a-1"), change.capture());
    assertThat(change.getValue().cause()).isEqualTo(WarningCause.STOPPED);
    verify(events, never()).publishEvent(any(StepTurnedRed.class));
    verify(events).publishEvent(any(StepLevelChanged.class));
  }

  @Test
  void aStepStartedRecordsItsFirstLevelWhichItsQueueRowWasInsertedWith() {
    OpenedTask inserted = opened("planning:review", WarningLevel.GREEN);
    StepSchedule schedule =
        new StepSchedule(8, LimitUnit.WORKING_DAYS, DUE, WarningLevel.GREEN, 8, null, null);

    steps.started(inserted, schedule);

    verify(workTasks, never()).updateWarningLevel(any(), any());
    ArgumentCaptor<StepWarningChange> change = ArgumentCaptor.forClass(StepWarningChange.class);
    verify(warnings).recordStep(eq("a-1"), change.capture());
    assertThat(change.getValue().levelFrom()).isNull();
    assertThat(change.getValue().levelTo()).isEqualTo(WarningLevel.GREEN);
    assertThat(change.getValue().daysLeft()).isEqualTo(8);
    assertThat(change.getValue().cause()).isEqualTo(WarningCause.STARTED);
    verify(events).publishEvent(any(StepLevelChanged.class));
  }

  @Test
  void aLevelThatStaysRecordsNothing() {
    levelNow(task("planning:review", WarningLevel.RED), WarningLevel.RED);

    steps.timerFired("t-1");

    verify(workTasks, never()).updateWarningLevel(any(), any());
    verify(warnings, never()).recordStep(any(), any());
    verify(events, never()).publishEvent(any(Object.class));
  }

  @Test
  void aTaskWithoutAStoredLevelIsLeftToBeDerivedWhenRead() {
    levelNow(task("planning:review", null), WarningLevel.RED);

    steps.timerFired("t-1");
    steps.calendarChanged("t-1");
    steps.stopped("t-1");

    verify(workTasks, never()).updateWarningLevel(any(), any());
    verify(events, never()).publishEvent(any(Object.class));
  }

  @Test
  void theDutyIsTheGroupAfterItsDepartment() {
    assertThat(StepLevels.dutyOf(task("planning:decide", null))).isEqualTo("decide");
    assertThat(StepLevels.dutyOf(task("market:review", null))).isNull();
    assertThat(StepLevels.dutyOf(task("enterprise:3", null))).isNull();
  }
}
