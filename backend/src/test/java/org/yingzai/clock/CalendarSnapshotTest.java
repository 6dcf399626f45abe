package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yingzai.catalog.LimitUnit;

/** Working-day arithmetic on the shipped 2025 and 2026 calendars. */
class CalendarSnapshotTest {

  private final CalendarSnapshot calendar = ShippedCalendar.snapshot();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-01", "2025-01-28", "2025-01-31", "2025-02-03", "2025-02-04", "2025-04-04",
        "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02", "2025-10-01", "2025-10-03",
        "2025-10-06", "2025-10-08", "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20",
        "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19",
        "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07"
      })
  void aHolidayOnAWeekdayIsNoWorkingDay(LocalDate day) {
    assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(day)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10"
      })
  void aMakeUpWeekendDayIsAWorkingDay(LocalDate day) {
    assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-01",
        "2025-04-05",
        "2025-05-31",
        "2026-01-03",
        "2026-02-15",
        "2026-04-04"
      })
  void aHolidayOnAWeekendStaysOff(LocalDate day) {
    assertThat(calendar.isWorkingDay(day)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-01-27",
        "2025-02-05",
        "2025-12-31",
        "2026-01-05",
        "2026-02-13",
        "2026-02-24"
      })
  void anOrdinaryWeekdayIsAWorkingDay(LocalDate day) {
    assertThat(calendar.isWorkingDay(day)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-01", "2025-03-02", "2026-03-07", "2026-12-27", "2027-01-02"})
  void anOrdinaryWeekendDayIsNoWorkingDay(LocalDate day) {
    assertThat(calendar.isWorkingDay(day)).isFalse();
  }

  @Test
  void anUnpublishedYearIsCountedMondayToFriday() {
    // 2027-01-01 is a Friday: a holiday, surely, but nobody has published 2027 yet
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 10, 1))).isTrue();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
        .isEqualTo(261);
  }

  @ParameterizedTest(name = "{0} to {1}: {2} working days")
  @CsvSource({
    "2025-01-01, 2025-12-31, 248",
    "2026-01-01, 2026-12-31, 248",
    "2026-02-01, 2026-02-28, 16",
    "2025-10-01, 2025-10-31, 18",
    "2026-10-01, 2026-10-31, 18",
    "2025-01-28, 2025-02-04, 0",
    "2026-02-15, 2026-02-23, 0",
    "2026-02-14, 2026-02-14, 1",
    "2026-02-15, 2026-02-15, 0",
    "2026-02-13, 2026-02-27, 6",
    "2025-12-29, 2026-01-09, 9",
    "2026-12-28, 2027-01-08, 10",
    "2026-02-27, 2026-02-13, 0"
  })
  void countsWorkingDaysWithBothEnds(LocalDate from, LocalDate to, int expected) {
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
  }

  @Test
  void theExampleOfTheIssue() {
    Deadline deadline = calendar.deadline(LocalDate.of(2026, 2, 13), 5, LimitUnit.WORKING_DAYS);

    assertThat(deadline.deadline()).hasToString("2026-02-27T23:59:59+08:00");
    assertThat(deadline.provisional()).isFalse();
  }

  @Test
  void addingNoWorkingDaysStaysOnTheDayWhateverItIs() {
    for (String day : List.of("2026-02-13", "2026-02-14", "2026-02-15", "2026-03-07")) {
      assertThat(calendar.addWorkingDays(LocalDate.parse(day), 0)).isEqualTo(day);
    }
  }

  @Test
  void refusesToCountBackwards() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    assertThatThrownBy(() -> calendar.addWorkingDays(day, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.deadline(day, -1, LimitUnit.WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.deadline(day, -1, LimitUnit.NATURAL_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearWithoutACalendarMakesADeadlineProvisionalEvenWhenCrossedOnly() {
    // from 2026 through all of 2027 into 2028: 2027 alone is enough to be provisional
    CalendarSnapshot with2028 =
        CalendarSnapshot.of(
            Set.of(2025, 2026, 2028),
            List.of(new CalendarDay(LocalDate.of(2028, 1, 3), DayKind.HOLIDAY, "测试")));

    assertThat(
            with2028.deadline(LocalDate.of(2026, 12, 1), 300, LimitUnit.WORKING_DAYS).provisional())
        .isTrue();
    assertThat(with2028.isPublished(2026, 2026)).isTrue();
    assertThat(with2028.isPublished(2025, 2026)).isTrue();
    assertThat(with2028.isPublished(2026, 2028)).isFalse();
    assertThat(with2028.isPublished(2028, 2028)).isTrue();
    assertThat(with2028.isPublished(2027)).isFalse();
    assertThat(with2028.isPublished(2029, 2028)).isTrue();
  }

  @Test
  void tellsWhichYearsArePublished() {
    assertThat(calendar.isPublished(2024)).isFalse();
    assertThat(calendar.isPublished(2025)).isTrue();
    assertThat(calendar.isPublished(2026)).isTrue();
    assertThat(calendar.isPublished(2027)).isFalse();
    assertThat(calendar.isPublished(2024, 2025)).isFalse();
    assertThat(calendar.isPublished(2026, 2027)).isFalse();
  }

  @Test
  void ignoresDaysOfAYearThatIsNotPublished() {
    CalendarSnapshot only2026 = CalendarSnapshot.of(Set.of(2026), ShippedCalendar.days());

    assertThat(only2026.isWorkingDay(LocalDate.of(2025, 10, 1))).isTrue();
    assertThat(only2026.isWorkingDay(LocalDate.of(2025, 9, 28))).isFalse();
    assertThat(only2026.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void anEmptyCalendarIsMondayToFriday() {
    CalendarSnapshot empty = CalendarSnapshot.of(Set.of(), List.of());

    assertThat(empty.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo("2026-02-20");
    assertThat(empty.deadline(LocalDate.of(2026, 2, 13), 5, LimitUnit.WORKING_DAYS).provisional())
        .isTrue();
  }

  @Test
  void agreesWithCountingDayByDayAroundBothShippedYears() {
    Reference reference = new Reference(ShippedCalendar.days(), Set.of(2025, 2026));
    LocalDate first = LocalDate.of(2024, 11, 1);
    LocalDate last = LocalDate.of(2027, 2, 28);
    for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(1)) {
      assertThat(calendar.isWorkingDay(from)).as("%s", from).isEqualTo(reference.isWorking(from));
      LocalDate day = from;
      int count = 0;
      for (int n = 0; n <= 45; n++) {
        if (n > 0) {
          do {
            day = day.plusDays(1);
          } while (!reference.isWorking(day));
          count++;
        }
        assertThat(calendar.addWorkingDays(from, n)).as("%s + %d", from, n).isEqualTo(day);
        assertThat(calendar.workingDaysBetween(from.plusDays(1), day))
            .as("%s..%s", from.plusDays(1), day)
            .isEqualTo(count);
      }
    }
  }

  @Test
  void countsBetweenAnyTwoDaysAsDayByDay() {
    Reference reference = new Reference(ShippedCalendar.days(), Set.of(2025, 2026));
    LocalDate first = LocalDate.of(2024, 12, 1);
    LocalDate last = LocalDate.of(2027, 1, 31);
    for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(3)) {
      int count = 0;
      for (LocalDate to = from; to.isBefore(from.plusDays(70)); to = to.plusDays(1)) {
        if (reference.isWorking(to)) {
          count++;
        }
        assertThat(calendar.workingDaysBetween(from, to)).as("%s..%s", from, to).isEqualTo(count);
      }
    }
  }

  @Test
  void isTheInverseOfAddingWorkingDaysOverLongSpans() {
    LocalDate from = LocalDate.of(2024, 6, 3);
    for (int n : new int[] {1, 10, 100, 250, 500, 1000, 3650, 1_000_000}) {
      LocalDate last = calendar.addWorkingDays(from, n);
      assertThat(calendar.isWorkingDay(last)).isTrue();
      assertThat(calendar.workingDaysBetween(from.plusDays(1), last)).isEqualTo(n);
      assertThat(calendar.workingDaysBetween(from.plusDays(1), last.minusDays(1))).isEqualTo(n - 1);
    }
  }

  @Test
  void countsBeforeTheEpochAndFarAhead() {
    assertThat(calendar.addWorkingDays(LocalDate.of(1969, 12, 31), 1)).isEqualTo("1970-01-01");
    assertThat(calendar.addWorkingDays(LocalDate.of(1969, 12, 26), 1)).isEqualTo("1969-12-29");
    assertThat(calendar.workingDaysBetween(LocalDate.of(1969, 12, 29), LocalDate.of(1970, 1, 4)))
        .isEqualTo(5);
    assertThat(calendar.workingDaysBetween(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31)))
        .isEqualTo(261);
    assertThat(calendar.addWorkingDays(LocalDate.of(9999, 12, 24), 3)).isEqualTo("9999-12-29");
  }

  @Test
  void naturalDaysIgnoreTheCalendar() {
    Deadline deadline = calendar.deadline(LocalDate.of(2025, 9, 30), 8, LimitUnit.NATURAL_DAYS);

    assertThat(deadline.deadline()).hasToString("2025-10-08T23:59:59+08:00");
    assertThat(deadline.provisional()).isFalse();
  }

  /** The rule of DESIGN.md §5 applied one day at a time. */
  private record Reference(Map<LocalDate, DayKind> days, Set<Integer> years) {

    Reference(List<CalendarDay> days, Set<Integer> years) {
      this(index(days), years);
    }

    boolean isWorking(LocalDate day) {
      DayKind kind = years.contains(day.getYear()) ? days.get(day) : null;
      if (kind != null) {
        return kind == DayKind.WORKDAY;
      }
      return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, DayKind> index(List<CalendarDay> days) {
      Map<LocalDate, DayKind> index = new HashMap<>();
      days.forEach(day -> index.put(day.day(), day.kind()));
      return index;
    }
  }
}
