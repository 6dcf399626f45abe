package org.yingzai.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.SharedCounters;
import org.yingzai.shared.SharedCounters.Counter;
import org.yingzai.shared.TaskVariables;
import org.yingzai.shared.Times;

/**
 * Adds every task of the approval path that a user completed to the histogram of time taken, in the
 * engine's transaction that completed it (Camunda's Spring event bridge publishes task events
 * synchronously; the rows, shared by every task of the item and step, are incremented just before
 * the commit), so that the process heatmap never reads finished tasks one by one. A task cancelled
 * by a withdrawal or the §32 timer was not finished by anyone and is not counted.
 */
@Component
class TaskDurations {

  private static final String DEFINITION_PREFIX = StandardApproval.PROCESS_KEY + ":";

  private final HeatmapMapper heatmap;
  private final ApplicationProgress applications;
  private final Clock clock;

  TaskDurations(HeatmapMapper heatmap, ApplicationProgress applications, Clock clock) {
    this.heatmap = heatmap;
    this.applications = applications;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  void on(DelegateTask task) {
    if (task.getProcessDefinitionId() == null
        || !task.getProcessDefinitionId().startsWith(DEFINITION_PREFIX)) {
      return;
    }
    String outcome = TaskVariables.outcome(task);
    if (outcome == null) {
      return;
    }
    ApplicationSummary application =
        applications.summary((String) TaskVariables.of(task, StandardApproval.VAR_APPLICATION_ID));
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, Times.ZONE);
    String taskKey = task.getTaskDefinitionKey();
    int hoursClass =
        HeatmapRules.hoursClass(Duration.between(task.getCreateTime().toInstant(), now));
    SharedCounters.increment(
        Counter.TASK_DURATION,
        () ->
            heatmap.addTaken(
                day,
                day.withDayOfMonth(1),
                application.departmentCode(),
                application.itemCode(),
                taskKey,
                outcome,
                hoursClass));
  }
}
