package org.yingzai.supervision;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.handling.StepFinished;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.SharedCounters;
import org.yingzai.shared.SharedCounters.Counter;
import org.yingzai.shared.Times;

/**
 * Adds every task of the approval path that someone finished to the histogram of time taken, in the
 * transaction that finished it (the queue publishes {@link StepFinished} there; the rows, shared by
 * every task of the item and step, are incremented just before the commit), so that the process
 * heatmap never reads finished tasks one by one. A task cancelled by a withdrawal or the §32 timer
 * was not finished by anyone and is not counted.
 */
@Component
class TaskDurations {

  private final HeatmapMapper heatmap;

  TaskDurations(HeatmapMapper heatmap) {
    this.heatmap = heatmap;
  }

  @EventListener
  void on(StepFinished finished) {
    // the heatmap draws the standard approval
    if (!StandardApproval.USER_TASKS.contains(finished.taskKey())) {
      return;
    }
    LocalDate day = LocalDate.ofInstant(finished.finishedAt(), Times.ZONE);
    int hoursClass =
        HeatmapRules.hoursClass(Duration.between(finished.createdAt(), finished.finishedAt()));
    SharedCounters.increment(
        Counter.TASK_DURATION,
        () ->
            heatmap.addTaken(
                day,
                day.withDayOfMonth(1),
                finished.departmentCode(),
                finished.itemCode(),
                finished.taskKey(),
                finished.outcome(),
                hoursClass));
  }
}
