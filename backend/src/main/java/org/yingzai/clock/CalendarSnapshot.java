package org.yingzai.clock;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeMap;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.Times;

/**
 * The working-day calendar as it stood when it was loaded, immutable, with the arithmetic on it.
 *
 * <p>Everything is counted with one function: the number of working days before a date, which is
 * the number of weekdays before it (a closed formula) plus the running sum of the exceptions before
 * it (+1 for each make-up weekend day, −1 for each holiday on a weekday), found by binary search in
 * a sorted array. A count is therefore O(log k) for k exceptional days, whatever the distance
 * between the dates, and no call touches the database.
 */
final class CalendarSnapshot {

  /** Monday, 5 January 1970: day 0 of the weekday count. */
  private static final long FIRST_MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

  private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final int[] publishedYears;

  /** The epoch days that break the Monday–Friday rule, ascending. */
  private final long[] exceptions;

  /** {@code adjustmentBefore[i]}: the sum of the adjustments of {@code exceptions[0..i)}. */
  private final int[] adjustmentBefore;

  private CalendarSnapshot(int[] publishedYears, long[] exceptions, int[] adjustmentBefore) {
    this.publishedYears = publishedYears;
    this.exceptions = exceptions;
    this.adjustmentBefore = adjustmentBefore;
  }

  /**
   * The calendar of the published years and their days. Days of a year that is not published are
   * ignored; holidays on a weekend and make-up days on a weekday change nothing in the count.
   */
  static CalendarSnapshot of(Collection<Integer> publishedYears, Collection<CalendarDay> days) {
    int[] years = publishedYears.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    TreeMap<Long, Integer> adjustments = new TreeMap<>();
    for (CalendarDay day : days) {
      if (Arrays.binarySearch(years, day.day().getYear()) < 0) {
        continue;
      }
      boolean weekend = isWeekend(day.day().toEpochDay());
      int adjustment =
          switch (day.kind()) {
            case HOLIDAY -> weekend ? 0 : -1;
            case WORKDAY -> weekend ? 1 : 0;
          };
      if (adjustment != 0) {
        adjustments.put(day.day().toEpochDay(), adjustment);
      }
    }
    long[] exceptions = new long[adjustments.size()];
    int[] before = new int[adjustments.size() + 1];
    int i = 0;
    for (var entry : adjustments.entrySet()) {
      exceptions[i] = entry.getKey();
      before[i + 1] = before[i] + entry.getValue();
      i++;
    }
    return new CalendarSnapshot(years, exceptions, before);
  }

  boolean isWorkingDay(LocalDate day) {
    long epochDay = day.toEpochDay();
    return workingBefore(epochDay + 1) - workingBefore(epochDay) == 1;
  }

  /** The working days from {@code from} to {@code to}, both included; 0 when {@code to < from}. */
  int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    return Math.toIntExact(workingBefore(to.toEpochDay() + 1) - workingBefore(from.toEpochDay()));
  }

  /** The {@code n}-th working day after {@code from}; {@code from} itself when {@code n} is 0. */
  LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Cannot count " + n + " working days");
    }
    if (n == 0) {
      return from;
    }
    long start = from.toEpochDay();
    long target = workingBefore(start + 1) + n;
    // the answer is the first day d with workingBefore(d + 1) >= target; it lies at least n days on
    long low = start + n - 1;
    long span = n;
    long high = start + span;
    while (workingBefore(high + 1) < target) {
      low = high;
      span *= 2;
      high = start + span;
      if (high > MAX_EPOCH_DAY) {
        throw new DateTimeException(n + " working days after " + from + " is out of range");
      }
    }
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      if (workingBefore(middle + 1) >= target) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return LocalDate.ofEpochDay(high);
  }

  boolean isPublished(int year) {
    return Arrays.binarySearch(publishedYears, year) >= 0;
  }

  /** Whether every year from {@code fromYear} to {@code toYear} is published; true when empty. */
  boolean isPublished(int fromYear, int toYear) {
    if (toYear < fromYear) {
      return true;
    }
    long published = lowerBound(publishedYears, toYear + 1L) - lowerBound(publishedYears, fromYear);
    return published == (long) toYear - fromYear + 1;
  }

  /** DESIGN.md §5: counting starts the day after acceptance; the limit ends with its last day. */
  Deadline deadline(LocalDate acceptedOn, int limit, LimitUnit unit) {
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(unit, "unit");
    if (limit < 0) {
      throw new IllegalArgumentException("A time limit cannot be negative: " + limit);
    }
    return switch (unit) {
      case NATURAL_DAYS -> new Deadline(endOf(acceptedOn.plusDays(limit)), false);
      case WORKING_DAYS -> {
        LocalDate last = addWorkingDays(acceptedOn, limit);
        boolean provisional =
            limit > 0 && !isPublished(acceptedOn.plusDays(1).getYear(), last.getYear());
        yield new Deadline(endOf(last), provisional);
      }
    };
  }

  private static OffsetDateTime endOf(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(Times.ZONE).toOffsetDateTime();
  }

  /** The number of working days before the epoch day, counted from an arbitrary origin. */
  private long workingBefore(long epochDay) {
    return weekdaysBefore(epochDay) + adjustmentBefore[lowerBound(exceptions, epochDay)];
  }

  /**
   * Monday to Friday before the epoch day, counted from {@link #FIRST_MONDAY} (negative before).
   */
  private static long weekdaysBefore(long epochDay) {
    long days = epochDay - FIRST_MONDAY;
    return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
  }

  private static boolean isWeekend(long epochDay) {
    return Math.floorMod(epochDay - FIRST_MONDAY, 7) >= 5;
  }

  /** How many values are less than {@code key}. */
  private static int lowerBound(long[] sorted, long key) {
    int index = Arrays.binarySearch(sorted, key);
    return index >= 0 ? index : -index - 1;
  }

  private static int lowerBound(int[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
