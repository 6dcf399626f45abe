package org.yingzai.supervision.forecast;

import static org.yingzai.supervision.forecast.RowBatches.ts;

import java.time.Instant;
import java.time.LocalDate;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;

/**
 * The warning levels of a generated application, as its legal clock's timers would have set them:
 * GREEN at acceptance, YELLOW from the day max(1, ⌈20% of the limit⌉) working days are left, RED
 * one second after the deadline, and the level it stopped at.
 */
final class SampleWarnings {

  private final WorkingDays days;

  SampleWarnings(WorkingDays days) {
    this.days = days;
  }

  /** The level on {@code day} of a clock due at the end of {@code deadlineDay}. */
  String level(LocalDate day, LocalDate deadlineDay, int limit) {
    if (day.isAfter(deadlineDay)) {
      return "RED";
    }
    return days.between(day, deadlineDay) <= Math.max(1, (int) Math.ceil(limit * 0.2))
        ? "YELLOW"
        : "GREEN";
  }

  /**
   * STARTED at acceptance, then each level the timers would have set before the end (the finish, or
   * {@code today} for an open application), and the finish's level.
   */
  void write(
      RowBatches.Rows rows,
      String id,
      Case c,
      LocalDate acceptedOn,
      LocalDate deadlineDay,
      int limit,
      String finalLevel,
      LocalDate today) {
    Instant deadline = WorkingDays.endOf(deadlineDay);
    LocalDate end = c.finished() != null ? LocalDate.ofInstant(c.finished(), Times.ZONE) : today;
    rows.add(
        id,
        null,
        "GREEN",
        ts(c.accepted()),
        ts(deadline),
        days.between(acceptedOn, deadlineDay),
        "STARTED");
    String level = "GREEN";
    for (LocalDate d = acceptedOn.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      String now = level(d, deadlineDay, limit);
      if (!now.equals(level) && rank(now) > rank(level)) {
        Instant at =
            "RED".equals(now) ? deadline.plusSeconds(1) : d.atStartOfDay(Times.ZONE).toInstant();
        rows.add(id, level, now, ts(at), ts(deadline), left(d, deadlineDay), "TIMER");
        level = now;
      }
    }
    if (c.finished() != null) {
      rows.add(
          id, level, finalLevel, ts(c.finished()), ts(deadline), left(end, deadlineDay), "STOPPED");
    }
  }

  private int left(LocalDate day, LocalDate deadlineDay) {
    return day.isAfter(deadlineDay)
        ? -days.between(deadlineDay.plusDays(1), day)
        : days.between(day, deadlineDay);
  }

  private static int rank(String level) {
    return switch (level) {
      case "RED" -> 2;
      case "YELLOW" -> 1;
      default -> 0;
    };
  }
}
