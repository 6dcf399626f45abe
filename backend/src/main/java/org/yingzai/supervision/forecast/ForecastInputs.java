package org.yingzai.supervision.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.ForecastMapper.ClockRow;
import org.yingzai.supervision.forecast.ForecastMapper.SegmentRow;
import org.yingzai.supervision.forecast.ForecastMapper.TaskRow;
import org.yingzai.supervision.forecast.ForecastModel.OpenCase;
import org.yingzai.supervision.forecast.ForecastModel.StepSample;

/**
 * What the model sees at a moment: the tasks finished by then, each with the queue that was in
 * front of it in its department when it appeared, and the applications then open and still GREEN,
 * each with the queue in front of its task and the working days its clock had left. Anything that
 * happened after the moment is ignored, so that the same reading serves today and a backtest.
 */
record ForecastInputs(List<StepSample> samples, List<OpenCase> open) {

  static ForecastInputs at(
      Instant asOf,
      List<TaskRow> tasks,
      List<ClockRow> clocks,
      List<SegmentRow> segments,
      WorkingDays days) {
    LocalDate today = LocalDate.ofInstant(asOf, Times.ZONE);
    Map<String, List<TaskRow>> byQueue = new HashMap<>();
    for (TaskRow task : tasks) {
      if (!task.createdAt().isAfter(asOf)) {
        byQueue
            .computeIfAbsent(task.departmentCode() + "|" + task.taskKey(), k -> new ArrayList<>())
            .add(task);
      }
    }
    List<StepSample> samples = new ArrayList<>();
    Map<String, TaskRow> openTask = new HashMap<>();
    Map<String, Integer> queueNow = new HashMap<>();
    Map<String, Integer> decideQueues = new HashMap<>();
    for (List<TaskRow> queue : byQueue.values()) {
      queue.sort(Comparator.comparing(TaskRow::createdAt).thenComparing(TaskRow::taskId));
      PriorityQueue<Instant> ends = new PriorityQueue<>();
      int openNow = 0;
      for (TaskRow task : queue) {
        while (!ends.isEmpty() && !ends.peek().isAfter(task.createdAt())) {
          ends.poll();
        }
        boolean finished = task.completedAt() != null && !task.completedAt().isAfter(asOf);
        if (finished) {
          samples.add(
              new StepSample(
                  task.itemCode(),
                  task.departmentCode(),
                  task.taskKey(),
                  workingDays(task.createdAt(), task.completedAt(), days),
                  ends.size(),
                  task.outcome()));
          ends.add(task.completedAt());
        } else {
          ends.add(Instant.MAX);
          // the open tasks of a queue come in the order they appeared: those before are in front
          queueNow.put(task.taskId(), openNow++);
          openTask.merge(
              task.applicationId(), task, (a, b) -> a.createdAt().isAfter(b.createdAt()) ? a : b);
          if (ForecastModel.DECIDE.equals(task.taskKey())) {
            decideQueues.merge(task.departmentCode(), 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<SegmentRow>> segmentsOf = new HashMap<>();
    for (SegmentRow segment : segments) {
      segmentsOf.computeIfAbsent(segment.applicationId(), k -> new ArrayList<>()).add(segment);
    }
    List<OpenCase> open = new ArrayList<>();
    for (ClockRow clock : clocks) {
      TaskRow task = openTask.get(clock.applicationId());
      if (task == null || !"WORKING_DAYS".equals(clock.limitUnit())) {
        continue;
      }
      List<SegmentRow> own = segmentsOf.getOrDefault(clock.applicationId(), List.of());
      int limit = clock.limitValue() + extended(own, asOf);
      int left = daysLeft(clock.acceptedOn(), limit, own, asOf, today, days);
      if (left <= Math.max(1, (int) Math.ceil(limit * 0.2))) {
        continue; // YELLOW or RED already: the warning levels speak for it
      }
      open.add(
          new OpenCase(
              clock.applicationId(),
              clock.itemCode(),
              clock.departmentCode(),
              task.taskKey(),
              workingDays(task.createdAt(), asOf, days),
              queueNow.get(task.taskId()),
              decideQueues.getOrDefault(task.departmentCode(), 0),
              left));
    }
    return new ForecastInputs(samples, open);
  }

  /** The working days after the day of {@code from} up to the day of {@code to}. */
  static int workingDays(Instant from, Instant to, WorkingDays days) {
    LocalDate start = LocalDate.ofInstant(from, Times.ZONE);
    return days.between(start.plusDays(1), LocalDate.ofInstant(to, Times.ZONE));
  }

  private static int extended(List<SegmentRow> segments, Instant asOf) {
    return segments.stream()
        .filter(s -> "EXTENDED".equals(s.kind()) && !s.startedAt().isAfter(asOf))
        .mapToInt(s -> s.days() == null ? 0 : s.days())
        .sum();
  }

  /**
   * The working days left at {@code today} (today and the deadline day included), as the clock
   * derives them: the limit, counted from the day after acceptance, moved by the working days each
   * pause covered before today.
   */
  static int daysLeft(
      LocalDate acceptedOn,
      int limit,
      List<SegmentRow> segments,
      Instant asOf,
      LocalDate today,
      WorkingDays days) {
    int paused = 0;
    for (SegmentRow s : segments) {
      if (!"PAUSED".equals(s.kind()) || s.startedAt().isAfter(asOf)) {
        continue;
      }
      boolean ended = s.endedAt() != null && !s.endedAt().isAfter(asOf);
      LocalDate to = ended ? s.endedOn() : today;
      if (to.isAfter(s.startedOn())) {
        paused += days.between(s.startedOn(), to.minusDays(1));
      }
    }
    int elapsed = days.between(acceptedOn.plusDays(1), today.minusDays(1));
    return limit + paused - elapsed;
  }
}
