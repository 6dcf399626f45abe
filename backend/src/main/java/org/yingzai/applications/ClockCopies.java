package org.yingzai.applications;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockRederived;
import org.yingzai.shared.KeysetPages;

/**
 * Keeps the copy of each clock's deadlines on the application where no step of the handling writes
 * it: after a calendar change, and once for applications accepted before the legal deadline was
 * copied too.
 */
@Component
class ClockCopies {

  private static final Logger log = LoggerFactory.getLogger(ClockCopies.class);
  private static final int PAGE = 500;

  private final ApplicationMapper mapper;
  private final ApplicationClocks applications;
  private final ClockLedger clocks;
  private final TransactionTemplate transaction;

  ClockCopies(
      ApplicationMapper mapper,
      ApplicationClocks applications,
      ClockLedger clocks,
      PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.applications = applications;
    this.clocks = clocks;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener
  void on(ClockRederived rederived) {
    copy(rederived.applicationId());
  }

  /** Fills in the legal deadline of open applications accepted before it was kept, once. */
  @EventListener(ApplicationReadyEvent.class)
  void backfillLater() {
    new SimpleAsyncTaskExecutor("legal-deadline-backfill-").execute(this::backfill);
  }

  /** Copies the clock of every open application that lacks its legal deadline; returns how many. */
  int backfill() {
    AtomicInteger copied = new AtomicInteger();
    KeysetPages.forEach(
        PAGE,
        mapper::findWithoutLegalDeadline,
        applicationId -> {
          try {
            if (Boolean.TRUE.equals(transaction.execute(status -> copy(applicationId)))) {
              copied.incrementAndGet();
            }
          } catch (RuntimeException e) {
            log.warn("Legal deadline of application {} not filled in", applicationId, e);
          }
        });
    int count = copied.get();
    if (count > 0) {
      log.info("Filled in the legal deadline of {} open applications", count);
    }
    return count;
  }

  // false when the application has no clock to copy
  private boolean copy(String applicationId) {
    return clocks
        .state(applicationId)
        .map(
            state -> {
              applications.copy(applicationId, state);
              return true;
            })
        .orElse(false);
  }
}
