package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.clock.CalendarDayRules.Reason;
import org.yingzai.clock.CalendarDayRules.Result;
import org.yingzai.clock.CalendarDayRules.Violation;
import org.yingzai.clock.CalendarRequests.DayEntry;

class CalendarDayRulesTest {

  @Test
  void acceptsHolidaysOnAnyDayAndWorkdaysOnWeekendsInDateOrder() {
    Result result =
        CalendarDayRules.check(
            2031,
            List.of(
                new DayEntry("2031-02-01", "HOLIDAY", "春节"), // Saturday
                new DayEntry("2031-01-26", "WORKDAY", " 春节调休上班 "), // Sunday
                new DayEntry("2031-01-31", "HOLIDAY", "春节"))); // Friday

    assertThat(result.valid()).isTrue();
    assertThat(result.days())
        .containsExactly(
            new CalendarDay(LocalDate.of(2031, 1, 26), DayKind.WORKDAY, "春节调休上班"),
            new CalendarDay(LocalDate.of(2031, 1, 31), DayKind.HOLIDAY, "春节"),
            new CalendarDay(LocalDate.of(2031, 2, 1), DayKind.HOLIDAY, "春节"));
  }

  @Test
  void anEmptyYearIsValid() {
    assertThat(CalendarDayRules.check(2031, List.of()).valid()).isTrue();
  }

  @Test
  void reportsEveryBadEntryWithItsIndexAndReason() {
    Result result =
        CalendarDayRules.check(
            2031,
            Arrays.asList(
                new DayEntry("2031-01-01", "HOLIDAY", "元旦"),
                new DayEntry("2031-02-30", "HOLIDAY", "春节"),
                new DayEntry("2030-12-31", "HOLIDAY", "元旦"),
                new DayEntry("2031-01-01", "HOLIDAY", "元旦"),
                new DayEntry("2031-01-31", "WORKDAY", "调休上班"),
                new DayEntry("2031-02-02", "HOLIDAYS", "春节"),
                new DayEntry("2031-02-03", "HOLIDAY", " "),
                new DayEntry(null, null, null),
                null,
                new DayEntry("2031-02-04", "HOLIDAY", "春".repeat(33)),
                new DayEntry("20310205", "HOLIDAY", "春节")));

    assertThat(result.valid()).isFalse();
    assertThat(result.days()).isEmpty();
    assertThat(result.violations())
        .extracting(Violation::index, Violation::reason)
        .containsExactly(
            tuple(1, Reason.DAY_INVALID),
            tuple(2, Reason.DAY_OUTSIDE_YEAR),
            tuple(3, Reason.DAY_REPEATED),
            tuple(4, Reason.WORKDAY_NOT_ON_WEEKEND),
            tuple(5, Reason.KIND_INVALID),
            tuple(6, Reason.NAME_MISSING),
            tuple(7, Reason.DAY_MISSING),
            tuple(7, Reason.KIND_INVALID),
            tuple(7, Reason.NAME_MISSING),
            tuple(8, Reason.ENTRY_MISSING),
            tuple(9, Reason.NAME_TOO_LONG),
            tuple(10, Reason.DAY_INVALID));
    assertThat(result.violations().get(2).argument()).as("the first listing").isZero();
    assertThat(result.violations().get(10).argument()).isEqualTo(32);
  }

  @Test
  void kindsAreExact() {
    Result result =
        CalendarDayRules.check(2031, List.of(new DayEntry("2031-01-01", "holiday", "元旦")));

    assertThat(result.violations())
        .extracting(Violation::reason)
        .containsExactly(Reason.KIND_INVALID);
  }
}
