package org.yingzai.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
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

  /** The user tasks of the standard approval, the process the heatmap draws. */
  private static final Set<String> APPROVAL_TASKS =
      Set.of(
          StandardApproval.TASK_ACCEPT,
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          StandardApproval.TASK_REVIEW,
          StandardApproval.TASK_SPECIAL_PROCEDURE,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW,
          StandardApproval.TASK_DECIDE);

  private final HeatmapMapper heatmap;
  private final ApplicationProgress applications;

  TaskDurations(HeatmapMapper heatmap, ApplicationProgress applications) {
    this.heatmap = heatmap;
    this.applications = applications;
  }

  @EventListener
  void on(StepFinished finished) {
    if (!APPROVAL_TASKS.contains(finished.taskKey())) {
      return;
    }
    // a row of before the queue kept the item: the application's
    String itemCode =
        finished.itemCode() != null
            ? finished.itemCode()
            : applications.summary(finished.applicationId()).itemCode();
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
                itemCode,
                finished.taskKey(),
                finished.outcome(),
                hoursClass));
  }
}
