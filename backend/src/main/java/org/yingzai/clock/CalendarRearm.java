package org.yingzai.clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.shared.KeysetPages;
import org.yingzai.shared.RetryRounds;

/**
 * After an administrator publishes or withdraws a calendar year, derives every running clock's
 * level and timer moments again, one clock per transaction, in the background: deadlines are
 * derived on every read anyway, but stored levels and armed timers must follow.
 */
@Component
class CalendarRearm {

  private static final Logger log = LoggerFactory.getLogger(CalendarRearm.class);
  private static final int PAGE = 500;
  // a clock whose re-arm failed (a dropped connection, a database restart) is tried again
  private static final int RETRIES = 3;

  private final ClockLedgerMapper ledger;
  private final ClockLedger clocks;
  private final LegalClockSync sync;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;
  private final Duration retryWait;

  CalendarRearm(
      ClockLedgerMapper ledger,
      ClockLedger clocks,
      LegalClockSync sync,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      @Value("${yingzai.calendar.rearm-in-background:true}") boolean inBackground,
      @Value("${yingzai.calendar.rearm-retry-wait:5s}") Duration retryWait) {
    this.ledger = ledger;
    this.clocks = clocks;
    this.sync = sync;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    // tests re-arm in the caller's thread, so that nothing runs beside the next test
    this.executor = inBackground ? new SimpleAsyncTaskExecutor("calendar-rearm-") : Runnable::run;
    this.retryWait = retryWait;
  }

  /** Starts re-arming in the background and returns at once (or re-arms now, in tests). */
  void rearmAllLater() {
    executor.execute(this::rearmAll);
  }

  /** Re-arms every unfinished clock; returns how many. */
  int rearmAll() {
    List<String> failed = new ArrayList<>();
    int walked =
        KeysetPages.forEach(
            PAGE,
            ledger::findOpenClocks,
            applicationId -> {
              if (!rearm(applicationId)) {
                failed.add(applicationId);
              }
            });
    List<String> lost = RetryRounds.retry(failed, RETRIES, retryWait, this::rearm);
    int count = walked - lost.size();
    if (!lost.isEmpty()) {
      log.error(
          "Clocks of applications {} not re-armed after a calendar change, {} tries each",
          lost,
          RETRIES + 1);
    }
    log.info("Re-armed {} running clocks after a calendar change", count);
    return count;
  }

  // one clock in its own transaction; one that fails must not keep the others from it
  private boolean rearm(String applicationId) {
    try {
      transaction.executeWithoutResult(
          status ->
              clocks
                  .state(applicationId)
                  .filter(state -> !state.finished())
                  .ifPresent(
                      state -> {
                        sync.rearm(applicationId);
                        events.publishEvent(new ClockRederived(applicationId));
                      }));
      return true;
    } catch (RuntimeException e) {
      log.warn("Clock of application {} not re-armed after a calendar change", applicationId, e);
      return false;
    }
  }
}
