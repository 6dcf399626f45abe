package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yingzai.catalog.LimitUnit;

/**
 * Deadlines around every 2025 and 2026 holiday and make-up day, worked out by hand from the State
 * Council's notices: counting starts the day after acceptance; the deadline is the end of the
 * limit-th working day.
 */
class DeadlineTableTest {

  private final CalendarSnapshot calendar = ShippedCalendar.snapshot();

  @ParameterizedTest(name = "accepted {0}, {1} {2} → {3} (provisional {4}): {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # accepted | limit | unit         | last day   | provisional | why
          2024-12-30 | 1     | WORKING_DAYS | 2024-12-31 | true        | 2024 has no published calendar here
          2024-12-30 | 2     | WORKING_DAYS | 2025-01-02 | true        | touches 2024 and skips 元旦
          2024-12-31 | 1     | WORKING_DAYS | 2025-01-02 | false       | counting starts in 2025: 元旦 Jan 1 is off
          2025-01-24 | 1     | WORKING_DAYS | 2025-01-26 | false       | make-up Sunday before 春节
          2025-01-24 | 2     | WORKING_DAYS | 2025-01-27 | false       | Monday before 春节
          2025-01-24 | 3     | WORKING_DAYS | 2025-02-05 | false       | 春节 Jan 28 – Feb 4 is off
          2025-01-24 | 5     | WORKING_DAYS | 2025-02-07 | false       | first week after 春节
          2025-01-24 | 6     | WORKING_DAYS | 2025-02-08 | false       | make-up Saturday after 春节
          2025-01-24 | 7     | WORKING_DAYS | 2025-02-10 | false       | the Monday after it
          2025-01-29 | 1     | WORKING_DAYS | 2025-02-05 | false       | accepted on a holiday
          2025-01-26 | 1     | WORKING_DAYS | 2025-01-27 | false       | accepted on a make-up Sunday
          2025-04-03 | 1     | WORKING_DAYS | 2025-04-07 | false       | 清明节 Apr 4–6
          2025-04-25 | 1     | WORKING_DAYS | 2025-04-27 | false       | make-up Sunday before 劳动节
          2025-04-25 | 2     | WORKING_DAYS | 2025-04-28 | false       | Monday before 劳动节
          2025-04-25 | 4     | WORKING_DAYS | 2025-04-30 | false       | last day before 劳动节
          2025-04-25 | 5     | WORKING_DAYS | 2025-05-06 | false       | 劳动节 May 1–5 is off
          2025-05-30 | 1     | WORKING_DAYS | 2025-06-03 | false       | 端午节 May 31 – Jun 2
          2025-09-26 | 1     | WORKING_DAYS | 2025-09-28 | false       | make-up Sunday before 国庆节
          2025-09-26 | 2     | WORKING_DAYS | 2025-09-29 | false       | Monday before 国庆节
          2025-09-26 | 3     | WORKING_DAYS | 2025-09-30 | false       | last day before 国庆节
          2025-09-26 | 4     | WORKING_DAYS | 2025-10-09 | false       | 国庆节、中秋节 Oct 1–8 is off
          2025-09-26 | 5     | WORKING_DAYS | 2025-10-10 | false       | Friday after 国庆节
          2025-09-26 | 6     | WORKING_DAYS | 2025-10-11 | false       | make-up Saturday after 国庆节
          2025-09-26 | 7     | WORKING_DAYS | 2025-10-13 | false       | the Monday after it
          2025-09-30 | 1     | WORKING_DAYS | 2025-10-09 | false       | accepted on the eve of 国庆节
          2025-09-15 | 20    | WORKING_DAYS | 2025-10-17 | false       | twenty working days across 国庆节
          2025-12-30 | 1     | WORKING_DAYS | 2025-12-31 | false       | last day of 2025
          2025-12-30 | 2     | WORKING_DAYS | 2026-01-04 | false       | 元旦 Jan 1–3 off, make-up Sunday Jan 4
          2025-12-30 | 3     | WORKING_DAYS | 2026-01-05 | false       | the Monday after it
          2025-12-31 | 1     | WORKING_DAYS | 2026-01-04 | false       | accepted on 31 December
          2026-02-13 | 5     | WORKING_DAYS | 2026-02-27 | false       | the example of the issue
          2026-02-13 | 1     | WORKING_DAYS | 2026-02-14 | false       | make-up Saturday before 春节
          2026-02-13 | 2     | WORKING_DAYS | 2026-02-24 | false       | 春节 Feb 15–23 is off
          2026-02-13 | 6     | WORKING_DAYS | 2026-02-28 | false       | make-up Saturday after 春节
          2026-02-13 | 7     | WORKING_DAYS | 2026-03-02 | false       | the Monday after it
          2026-02-14 | 1     | WORKING_DAYS | 2026-02-24 | false       | accepted on a make-up Saturday
          2026-02-18 | 1     | WORKING_DAYS | 2026-02-24 | false       | accepted during 春节
          2026-03-01 | 1     | WORKING_DAYS | 2026-03-02 | false       | accepted on a Sunday
          2026-03-07 | 0     | WORKING_DAYS | 2026-03-07 | false       | limit 0: due the day of acceptance, even a Saturday
          2026-04-03 | 1     | WORKING_DAYS | 2026-04-07 | false       | 清明节 Apr 4–6
          2026-04-30 | 1     | WORKING_DAYS | 2026-05-06 | false       | 劳动节 May 1–5 is off
          2026-04-30 | 3     | WORKING_DAYS | 2026-05-08 | false       | first week after 劳动节
          2026-04-30 | 4     | WORKING_DAYS | 2026-05-09 | false       | make-up Saturday after 劳动节
          2026-04-30 | 5     | WORKING_DAYS | 2026-05-11 | false       | the Monday after it
          2026-06-18 | 1     | WORKING_DAYS | 2026-06-22 | false       | 端午节 Jun 19–21
          2026-09-18 | 1     | WORKING_DAYS | 2026-09-20 | false       | make-up Sunday before 国庆节
          2026-09-18 | 2     | WORKING_DAYS | 2026-09-21 | false       | the Monday after it
          2026-09-18 | 6     | WORKING_DAYS | 2026-09-28 | false       | 中秋节 Sep 25–27 is off
          2026-09-30 | 1     | WORKING_DAYS | 2026-10-08 | false       | 国庆节 Oct 1–7 is off
          2026-09-30 | 2     | WORKING_DAYS | 2026-10-09 | false       | Friday after 国庆节
          2026-09-30 | 3     | WORKING_DAYS | 2026-10-10 | false       | make-up Saturday after 国庆节
          2026-09-30 | 4     | WORKING_DAYS | 2026-10-12 | false       | the Monday after it
          2026-12-30 | 1     | WORKING_DAYS | 2026-12-31 | false       | last day of 2026
          2026-12-30 | 2     | WORKING_DAYS | 2027-01-01 | true        | 2027 is not published: Monday to Friday
          2026-12-31 | 0     | WORKING_DAYS | 2026-12-31 | false       | limit 0 touches no other year
          2027-03-01 | 5     | WORKING_DAYS | 2027-03-08 | true        | wholly in an unpublished year
          2026-02-13 | 0     | NATURAL_DAYS | 2026-02-13 | false       | limit 0 in calendar days
          2026-02-13 | 5     | NATURAL_DAYS | 2026-02-18 | false       | calendar days count holidays too
          2026-12-30 | 10    | NATURAL_DAYS | 2027-01-09 | false       | calendar days need no calendar
          2026-02-15 | 0     | NATURAL_DAYS | 2026-02-15 | false       | accepted on a holiday, instant
          """)
  void deadline(
      LocalDate acceptedOn,
      int limit,
      LimitUnit unit,
      LocalDate lastDay,
      boolean provisional,
      String why) {
    Deadline deadline = calendar.deadline(acceptedOn, limit, unit);

    assertThat(deadline.deadline()).isEqualTo(OffsetDateTime.parse(lastDay + "T23:59:59+08:00"));
    assertThat(deadline.day()).isEqualTo(lastDay);
    assertThat(deadline.provisional()).isEqualTo(provisional);
    if (unit == LimitUnit.WORKING_DAYS) {
      assertThat(calendar.addWorkingDays(acceptedOn, limit)).isEqualTo(lastDay);
      assertThat(calendar.workingDaysBetween(acceptedOn.plusDays(1), lastDay)).isEqualTo(limit);
    }
  }
}
