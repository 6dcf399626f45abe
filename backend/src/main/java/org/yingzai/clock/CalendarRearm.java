package org.yingzai.clock;

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

/**
 * After an administrator publishes or withdraws a calendar year, derives every running clock's
 * level and timer moments again, one clock per transaction, in the background: deadlines are
 * derived on every read anyway, but stored levels and armed timers must follow.
 */
@Component
class CalendarRearm {

  private static final Logger log = LoggerFactory.getLogger(CalendarRearm.class);
  private static final int PAGE = 500;

  private final ClockLedgerMapper ledger;
  private final ClockLedger clocks;
  private final LegalClockSync sync;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final TaskExecutor executor;

  CalendarRearm(
      ClockLedgerMapper ledger,
      ClockLedger clocks,
      LegalClockSync sync,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      @Value("${yingzai.calendar.rearm-in-background:true}") boolean inBackground) {
    this.ledger = ledger;
    this.clocks = clocks;
    this.sync = sync;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    // tests re-arm in the caller's thread, so that nothing runs beside the next test
    this.executor = inBackground ? new SimpleAsyncTaskExecutor("calendar-rearm-") : Runnable::run;
  }

  /** Starts re-arming in the background and returns at once (or re-arms now, in tests). */
  void rearmAllLater() {
    executor.execute(this::rearmAll);
  }

  /** Re-arms every unfinished clock; returns how many. */
  int rearmAll() {
    int count = 0;
    String after = "";
    List<String> page;
    do {
      page = ledger.findOpenClocks(after, PAGE);
      for (String applicationId : page) {
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
          count++;
        } catch (RuntimeException e) {
          // one clock that cannot be re-armed must not keep the others from it
          log.warn(
              "Clock of application {} not re-armed after a calendar change", applicationId, e);
        }
        after = applicationId;
      }
    } while (page.size() == PAGE);
    log.info("Re-armed {} running clocks after a calendar change", count);
    return count;
  }
}
