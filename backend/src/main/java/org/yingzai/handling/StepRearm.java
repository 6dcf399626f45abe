package org.yingzai.handling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.clock.CalendarChanged;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.shared.DatabaseFailures;
import org.yingzai.shared.KeysetPages;
import org.yingzai.shared.RetryRounds;

/**
 * After an administrator publishes, replaces or withdraws a calendar year, counts every open step
 * armed with timers again from the day its task appeared, with its own limit: the due time on the
 * work queue, the moment of its timer and its level follow, one task per transaction, in the
 * background. A step whose due time and timers stay as they were is left alone.
 */
@Component
class StepRearm {

  private static final Logger log = LoggerFactory.getLogger(StepRearm.class);
  private static final int PAGE = 500;
  // a timer firing at the same moment changes the same job: try that task again
  private static final int ATTEMPTS = 3;
  // a task whose re-arm failed on a lost connection (a database restart) is tried again
  private static final int RETRIES = 3;

  private final WorkTaskMapper workTasks;
  private final StepSchedules schedules;
  private final StepTimeouts timers;
  private final StepLevels steps;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;
  private final Duration retryWait;

  StepRearm(
      WorkTaskMapper workTasks,
      StepSchedules schedules,
      StepTimeouts timers,
      StepLevels steps,
      PlatformTransactionManager transactions,
      @Value("${yingzai.calendar.rearm-in-background:true}") boolean inBackground,
      @Value("${yingzai.calendar.rearm-retry-wait:5s}") Duration retryWait) {
    this.workTasks = workTasks;
    this.schedules = schedules;
    this.timers = timers;
    this.steps = steps;
    this.transaction = new TransactionTemplate(transactions);
    // tests re-arm in the caller's thread, so that nothing runs beside the next test
    this.executor = inBackground ? new SimpleAsyncTaskExecutor("step-rearm-") : Runnable::run;
    this.retryWait = retryWait;
  }

  @EventListener
  void on(CalendarChanged change) {
    executor.execute(this::rearmAll);
  }

  /** Re-arms every open step with timers whose schedule the calendar moved; returns how many. */
  int rearmAll() {
    Map<Rearmed, Integer> tally = new EnumMap<>(Rearmed.class);
    List<String> unreachable = new ArrayList<>();
    KeysetPages.forEach(
        PAGE,
        workTasks::findOpenWithStepTimers,
        taskId -> {
          if (counted(tryRearm(taskId), tally) == Rearmed.LOST) {
            unreachable.add(taskId);
          }
        });
    List<String> lost =
        RetryRounds.retry(
            unreachable,
            RETRIES,
            retryWait,
            taskId -> counted(tryRearm(taskId), tally) != Rearmed.LOST);
    if (!lost.isEmpty()) {
      log.error(
          "Steps of tasks {} not re-armed after a calendar change, {} tries each",
          lost,
          RETRIES + 1);
    }
    int moved = tally.getOrDefault(Rearmed.MOVED, 0);
    int failed = tally.getOrDefault(Rearmed.FAILED, 0) + lost.size();
    log.info(
        "Re-armed {} open steps after a calendar change{}",
        moved,
        failed == 0 ? "" : "; " + failed + " failed");
    return moved;
  }

  // lost steps are counted once they are settled, not at every try
  private static Rearmed counted(Rearmed outcome, Map<Rearmed, Integer> tally) {
    if (outcome != Rearmed.LOST) {
      tally.merge(outcome, 1, Integer::sum);
    }
    return outcome;
  }

  private enum Rearmed {
    MOVED,
    UNCHANGED,
    // on a lost connection: to be tried again
    LOST,
    FAILED
  }

  // one step that cannot be re-armed must not keep the others from it
  private Rearmed tryRearm(String taskId) {
    try {
      return rearmWithRetry(taskId) ? Rearmed.MOVED : Rearmed.UNCHANGED;
    } catch (RuntimeException e) {
      log.warn("Step of task {} not re-armed after a calendar change", taskId, e);
      return DatabaseFailures.unreachable(e) ? Rearmed.LOST : Rearmed.FAILED;
    }
  }

  private boolean rearmWithRetry(String taskId) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Boolean.TRUE.equals(transaction.execute(status -> rearm(taskId)));
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  // true when the task's due time or a timer moved
  private boolean rearm(String taskId) {
    WorkTaskRow task = workTasks.lockById(taskId);
    if (task == null
        || task.completedAt() != null
        || task.warningLevel() == null
        || task.stepLimit() == null) {
      return false;
    }
    StepSchedule schedule = schedules.startedWith(task);
    boolean dueMoved = !schedule.dueAt().equals(task.dueAt());
    if (dueMoved) {
      workTasks.updateDueAt(taskId, schedule.dueAt());
    }
    boolean timersMoved = timers.rearm(taskId, task.taskKey(), schedule);
    if (!dueMoved && !timersMoved) {
      return false;
    }
    steps.calendarChanged(taskId);
    return true;
  }
}
