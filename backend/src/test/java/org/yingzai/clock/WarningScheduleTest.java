package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.clock.WarningSchedule.NextLevel;
import org.yingzai.shared.Times;
import org.yingzai.support.IntegrationTest;

/**
 * The moments the timers are armed for agree with the level the ledger derives, one second before
 * and at each moment, for every acceptance day of 2025 and 2026 with the shipped calendars.
 */
@IntegrationTest
class WarningScheduleTest {

  private static final int[] LIMITS = {0, 1, 2, 3, 4, 5, 8, 10, 12, 15, 20, 30};

  @Autowired ClockLedger ledger;
  @Autowired WorkingCalendar calendar;

  @Test
  void yellowAndRedMomentsAreWhereTheDerivedLevelChanges() {
    int checked = 0;
    for (LocalDate accepted = LocalDate.of(2025, 1, 1);
        accepted.getYear() < 2027;
        accepted = accepted.plusDays(1)) {
      for (int limit : LIMITS) {
        for (LimitUnit unit : LimitUnit.values()) {
          checked +=
              check(new ClockRow("a", accepted, limit, unit, 10, null, limit), List.of(), accepted);
          // resumed after a pause of a week and extended by 3 days
          List<SegmentRow> ledgerWithPause = new ArrayList<>();
          ledgerWithPause.add(paused(accepted.plusDays(1), accepted.plusDays(8)));
          ledgerWithPause.add(extended(3));
          checked +=
              check(
                  new ClockRow("a", accepted, limit, unit, 10, null, limit),
                  ledgerWithPause,
                  accepted.plusDays(8));
        }
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void planningItemAcceptedOnMondayTurnsYellowTwoWorkingDaysBeforeItsDeadline() {
    // 8 working days from Monday 2 March 2026: due Thursday 12 March; YELLOW with 2 days left
    ClockRow row =
        new ClockRow("a", LocalDate.of(2026, 3, 2), 8, LimitUnit.WORKING_DAYS, 10, null, 20);
    Instant now = LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(Times.ZONE).toInstant();
    WarningSchedule schedule =
        WarningSchedule.of(ledger.derive(row, List.of(), now), calendar, now);

    assertThat(Times.local(schedule.yellowAt())).hasToString("2026-03-11T00:00+08:00");
    assertThat(Times.local(schedule.redAt())).hasToString("2026-03-13T00:00+08:00");
    assertThat(schedule.nextLevel()).isEqualTo(NextLevel.YELLOW);
  }

  @Test
  void yellowCanBeginOnAWeekendDay() {
    // 6 working days from Monday 2 March 2026: due Tuesday 10 March, threshold 2; on Friday 6
    // March 3 working days are left, on Saturday 2
    ClockRow row =
        new ClockRow("a", LocalDate.of(2026, 3, 2), 6, LimitUnit.WORKING_DAYS, 10, null, 20);
    Instant now = LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(Times.ZONE).toInstant();
    WarningSchedule schedule =
        WarningSchedule.of(ledger.derive(row, List.of(), now), calendar, now);

    assertThat(Times.local(schedule.yellowAt())).hasToString("2026-03-07T00:00+08:00");
  }

  @Test
  void aPausedClockArmsNoTimer() {
    ClockRow row =
        new ClockRow("a", LocalDate.of(2026, 3, 2), 8, LimitUnit.WORKING_DAYS, 10, null, 20);
    Instant now = LocalDate.of(2026, 3, 5).atTime(9, 0).atZone(Times.ZONE).toInstant();
    ClockState paused = ledger.derive(row, List.of(paused(LocalDate.of(2026, 3, 4), null)), now);

    assertThat(paused.paused()).isTrue();
    assertThat(WarningSchedule.of(paused, calendar, now).nextLevel()).isEqualTo(NextLevel.NONE);
  }

  @Test
  void thresholdIsOneFifthOfTheLimitRoundedUpAndAtLeastOne() {
    assertThat(WarningSchedule.yellowThreshold(0)).isEqualTo(1);
    assertThat(WarningSchedule.yellowThreshold(5)).isEqualTo(1);
    assertThat(WarningSchedule.yellowThreshold(6)).isEqualTo(2);
    assertThat(WarningSchedule.yellowThreshold(8)).isEqualTo(2);
    assertThat(WarningSchedule.yellowThreshold(15)).isEqualTo(3);
    assertThat(WarningSchedule.yellowThreshold(20)).isEqualTo(4);
    assertThat(WarningSchedule.yellowThreshold(21)).isEqualTo(5);
  }

  // checks the schedule made when the clock runs on `runningSince`; 1 when it was checked
  private int check(ClockRow row, List<SegmentRow> segments, LocalDate runningSince) {
    Instant now = runningSince.atTime(10, 0).atZone(Times.ZONE).toInstant();
    ClockState state = ledger.derive(row, segments, now);
    WarningSchedule schedule = WarningSchedule.of(state, calendar, now);
    String context = row + " " + segments.size() + " segments, " + schedule;
    if (state.warningLevel() == WarningLevel.RED) {
      // overdue already when it ran again (a zero limit paused after its day)
      assertThat(schedule.nextLevel()).as(context).isEqualTo(NextLevel.NONE);
      return 0;
    }

    if (schedule.yellowAt().isAfter(now)) {
      assertThat(state.warningLevel()).as(context).isEqualTo(WarningLevel.GREEN);
      assertThat(schedule.nextLevel()).as(context).isEqualTo(NextLevel.YELLOW);
      assertThat(level(row, segments, schedule.yellowAt().minusSeconds(1)))
          .as(context)
          .isEqualTo(WarningLevel.GREEN);
    } else {
      assertThat(state.warningLevel()).as(context).isEqualTo(WarningLevel.YELLOW);
      assertThat(schedule.nextLevel()).as(context).isEqualTo(NextLevel.RED);
    }
    assertThat(level(row, segments, schedule.yellowAt()))
        .as(context)
        .isEqualTo(WarningLevel.YELLOW);
    assertThat(level(row, segments, schedule.redAt().minusSeconds(1)))
        .as(context)
        .isEqualTo(WarningLevel.YELLOW);
    assertThat(level(row, segments, schedule.redAt())).as(context).isEqualTo(WarningLevel.RED);
    return 1;
  }

  private WarningLevel level(ClockRow row, List<SegmentRow> segments, Instant at) {
    return ledger.derive(row, segments, at).warningLevel();
  }

  private static SegmentRow paused(LocalDate from, LocalDate to) {
    Instant start = from.atTime(10, 0).atZone(Times.ZONE).toInstant();
    Instant end = to == null ? null : to.atTime(9, 0).atZone(Times.ZONE).toInstant();
    return new SegmentRow(
        null,
        "a",
        SegmentKind.PAUSED,
        PauseReason.SUPPLEMENT,
        from,
        start,
        "r",
        to,
        end,
        null,
        null,
        "basis",
        null);
  }

  private static SegmentRow extended(int days) {
    return SegmentRow.extended("a", days, Instant.EPOCH, "approver", "§42", "复杂");
  }
}
