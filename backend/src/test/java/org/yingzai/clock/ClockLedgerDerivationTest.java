package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.Times;
import org.yingzai.support.IntegrationTest;

/**
 * Deadlines, days left and warning levels derived from a ledger with the shipped 2026 calendar
 * (Spring Festival: Feb 15–23 off, Saturday Feb 14 and Feb 28 worked).
 */
@IntegrationTest
class ClockLedgerDerivationTest {

  private static final LocalDate FRIDAY_BEFORE_SPRING_FESTIVAL = LocalDate.of(2026, 2, 13);

  @Autowired ClockLedger ledger;

  private final List<SegmentRow> segments = new ArrayList<>();

  private static Instant at(int month, int day, int hour) {
    return LocalDateTime.of(2026, month, day, hour, 0).atZone(Times.ZONE).toInstant();
  }

  private static ClockRow clock(int limit, LimitUnit unit, LocalDate finishedOn) {
    return new ClockRow("a", FRIDAY_BEFORE_SPRING_FESTIVAL, limit, unit, 10, finishedOn, 20);
  }

  private void pause(LocalDate from, LocalDate to) {
    segments.add(
        new SegmentRow(
            null,
            "a",
            SegmentKind.PAUSED,
            PauseReason.SUPPLEMENT,
            from,
            Instant.EPOCH,
            "clerk",
            to,
            to == null ? null : Instant.EPOCH,
            null,
            null,
            "basis",
            null));
  }

  private void extend(int days) {
    segments.add(
        new SegmentRow(
            null,
            "a",
            SegmentKind.EXTENDED,
            null,
            FRIDAY_BEFORE_SPRING_FESTIVAL,
            Instant.EPOCH,
            "approver",
            FRIDAY_BEFORE_SPRING_FESTIVAL,
            Instant.EPOCH,
            "approver",
            days,
            "§42",
            "复杂"));
  }

  private ClockState derive(int limit, Instant now) {
    return ledger.derive(clock(limit, LimitUnit.WORKING_DAYS, null), segments, now);
  }

  @Test
  void deadlineCountsWorkingDaysAcrossSpringFestival() {
    ClockState state = derive(5, at(2, 16, 9));
    assertThat(state.deadline()).hasToString("2026-02-27T23:59:59+08:00");
    assertThat(state.provisional()).isFalse();
    assertThat(state.paused()).isFalse();
    // Feb 14 (a worked Saturday) is the only working day used by Feb 16
    assertThat(state.workingDaysUsed()).isEqualTo(1);
  }

  @Test
  void aPauseMovesTheDeadlineByTheWorkingDaysItCovered() {
    pause(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 26));
    ClockState state = derive(5, at(2, 26, 9));
    // Feb 24 and 25 not counted: Feb 27 + 2 working days (Saturday Feb 28 is worked)
    assertThat(state.deadline().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(state.paused()).isFalse();
  }

  @Test
  void aPauseWithinOneDayMovesNothing() {
    pause(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 24));
    assertThat(derive(5, at(2, 25, 9)).deadline().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void anOpenPauseKeepsMovingTheDeadlineAndShowsThatItIsPaused() {
    pause(LocalDate.of(2026, 2, 24), null);
    ClockState state = derive(5, at(2, 26, 9));
    assertThat(state.paused()).isTrue();
    assertThat(state.deadline().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void anExtensionAddsWorkingDays() {
    extend(3);
    ClockState state = derive(5, at(2, 16, 9));
    assertThat(state.deadline().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(state.extendedDays()).isEqualTo(3);
  }

  @Test
  void theLegalDeadlineCountsTheLegalLimitWithTheSamePausesAndExtensions() {
    // 20 working days from Friday Feb 13: Feb 14, Feb 24–28 (28 is worked), Mar 2–6, 9–13, 16–19
    assertThat(derive(5, at(2, 16, 9)).legalDeadline()).hasToString("2026-03-19T23:59:59+08:00");

    pause(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 26));
    extend(3);
    ClockState state = derive(5, at(2, 26, 9));
    // promised 5 + 3 from Feb 13 is Mar 3, legal 20 + 3 is Mar 24; both 2 working days later
    assertThat(state.deadline().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(state.legalDeadline()).hasToString("2026-03-26T23:59:59+08:00");
    assertThat(state.legalLimit()).isEqualTo(20);
  }

  @Test
  void warningTurnsYellowOnTheLastDaysAndRedAfterTheDeadline() {
    assertThat(derive(5, at(2, 26, 9)).warningLevel()).isEqualTo(WarningLevel.GREEN);
    ClockState lastDay = derive(5, at(2, 27, 9));
    assertThat(lastDay.daysLeft()).isEqualTo(1);
    assertThat(lastDay.warningLevel()).isEqualTo(WarningLevel.YELLOW);
    ClockState overdue = derive(5, at(3, 2, 9));
    assertThat(overdue.warningLevel()).isEqualTo(WarningLevel.RED);
    // Feb 28 is a worked Saturday: two working days late by Monday
    assertThat(overdue.daysLeft()).isEqualTo(-2);
  }

  @Test
  void naturalDaysCountCalendarDays() {
    ClockState state =
        ledger.derive(clock(5, LimitUnit.NATURAL_DAYS, null), segments, at(2, 14, 9));
    assertThat(state.deadline().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 18));
  }

  @Test
  void aFinishedClockIsRedOnlyWhenFinishedLate() {
    ClockState onTime =
        ledger.derive(
            clock(5, LimitUnit.WORKING_DAYS, LocalDate.of(2026, 2, 27)), segments, at(3, 9, 9));
    assertThat(onTime.finished()).isTrue();
    assertThat(onTime.warningLevel()).isEqualTo(WarningLevel.GREEN);
    ClockState late =
        ledger.derive(
            clock(5, LimitUnit.WORKING_DAYS, LocalDate.of(2026, 3, 2)), segments, at(3, 9, 9));
    assertThat(late.warningLevel()).isEqualTo(WarningLevel.RED);
  }

  @Test
  void aDeadlineInAnUnpublishedYearIsProvisional() {
    ClockState state =
        ledger.derive(
            new ClockRow("a", LocalDate.of(2026, 12, 24), 10, LimitUnit.WORKING_DAYS, 10, null, 20),
            segments,
            at(12, 24, 9));
    assertThat(state.provisional()).isTrue();
  }
}
