package org.yingzai.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of the process heatmap: the classes of time taken kept by {@code task_duration},
 * percentiles over them, and the month and day rows that cover a period.
 */
final class HeatmapRules {

  /** Below this many hours a class is one whole hour; above it each class is 10 % wider. */
  static final int EXACT_HOURS = 24;

  private static final double RATIO = 1.1;

  private HeatmapRules() {}

  /** The class of a time taken: whole hours below a day, then classes 10 % wide. */
  static int hoursClass(Duration taken) {
    double hours = Math.max(0, taken.toMillis()) / 3_600_000.0;
    if (hours < EXACT_HOURS) {
      return (int) Math.floor(hours);
    }
    return EXACT_HOURS + (int) Math.floor(Math.log(hours / EXACT_HOURS) / Math.log(RATIO));
  }

  /** The most hours a class holds (its upper bound), which is what a percentile reports. */
  static double upperHours(int hoursClass) {
    if (hoursClass < EXACT_HOURS) {
      return hoursClass + 1;
    }
    return EXACT_HOURS * Math.pow(RATIO, hoursClass - EXACT_HOURS + 1);
  }

  /** A count of tasks in one class of time taken. */
  record ClassCount(int hoursClass, long tasks) {}

  /**
   * Nearest-rank percentile over classes ordered by time: the upper bound of the least class with
   * at least p of all tasks at or below it, rounded to a tenth of an hour; null without tasks.
   */
  static Double percentileHours(List<ClassCount> ordered, double p) {
    long total = ordered.stream().mapToLong(ClassCount::tasks).sum();
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p * total);
    long seen = 0;
    for (ClassCount count : ordered) {
      seen += count.tasks();
      if (seen >= rank) {
        return Math.round(upperHours(count.hoursClass()) * 10) / 10.0;
      }
    }
    throw new IllegalStateException("rank beyond the total");
  }

  /** Rows of one granularity covering the days from and to (both included). */
  record Span(String granularity, LocalDate from, LocalDate to) {}

  /**
   * The whole months inside the period from the MONTH rows, the days before and after them from the
   * DAY rows: at most three ranges, however long the period.
   */
  static List<Span> spans(LocalDate from, LocalDate to) {
    LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate lastWholeEnd =
        to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))
            ? to
            : to.withDayOfMonth(1).minusDays(1);
    List<Span> spans = new ArrayList<>();
    if (firstWhole.isAfter(lastWholeEnd)) {
      spans.add(new Span("DAY", from, to));
      return spans;
    }
    if (from.isBefore(firstWhole)) {
      spans.add(new Span("DAY", from, firstWhole.minusDays(1)));
    }
    spans.add(new Span("MONTH", firstWhole, lastWholeEnd.withDayOfMonth(1)));
    if (lastWholeEnd.isBefore(to)) {
      spans.add(new Span("DAY", lastWholeEnd.plusDays(1), to));
    }
    return spans;
  }
}
