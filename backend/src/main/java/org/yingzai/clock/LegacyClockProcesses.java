package org.yingzai.clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.shared.RetryRounds;

/**
 * Moves the clocks that still run a {@code legal-clock} process instance (as every accepted
 * application did before the warning timers became plain engine jobs) to a {@link WarningTimers
 * warning timer}, after the start and beside the running service hall: one clock per transaction,
 * its level recorded as the process's timer would have (a finished clock keeps its own), its timer
 * armed and the instance deleted. Every node starting tries every instance left; one another node
 * moved first is gone, and a move that failed is tried again three times.
 */
@Component
class LegacyClockProcesses {

  /** The key of the process that kept the warning timers before. */
  static final String PROCESS_KEY = "legal-clock";

  private static final Logger log = LoggerFactory.getLogger(LegacyClockProcesses.class);
  private static final int PAGE = 500;
  private static final int RETRIES = 3;

  private final RuntimeService runtime;
  private final ClockLedger ledger;
  private final WarningService warnings;
  private final WarningTimers timers;
  private final TransactionTemplate transaction;
  private final Duration retryWait;

  LegacyClockProcesses(
      RuntimeService runtime,
      ClockLedger ledger,
      WarningService warnings,
      WarningTimers timers,
      PlatformTransactionManager transactions,
      @Value("${yingzai.calendar.rearm-retry-wait:5s}") Duration retryWait) {
    this.runtime = runtime;
    this.ledger = ledger;
    this.warnings = warnings;
    this.timers = timers;
    this.transaction = new TransactionTemplate(transactions);
    this.retryWait = retryWait;
  }

  @EventListener(ApplicationReadyEvent.class)
  void moveLater() {
    Thread mover = new Thread(this::moveAll, "legacy-clock-processes");
    mover.setDaemon(true);
    mover.start();
  }

  /** Moves every running legacy instance; returns how many were moved here. */
  int moveAll() {
    List<ProcessInstance> instances = new ArrayList<>();
    List<ProcessInstance> page;
    do {
      page =
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey(PROCESS_KEY)
              .orderByProcessInstanceId()
              .asc()
              .listPage(instances.size(), PAGE);
      instances.addAll(page);
    } while (page.size() == PAGE);
    if (instances.isEmpty()) {
      return 0;
    }
    List<ProcessInstance> failed = instances.stream().filter(i -> !move(i)).toList();
    List<ProcessInstance> lost = RetryRounds.retry(failed, RETRIES, retryWait, this::move);
    if (!lost.isEmpty()) {
      log.error(
          "Legal clock process instances {} not moved to warning timers, {} tries each",
          lost.stream().map(ProcessInstance::getId).toList(),
          RETRIES + 1);
    }
    int moved = instances.size() - lost.size();
    log.info("Moved {} legal clock process instances to warning timers", moved);
    return moved;
  }

  /**
   * The clock's own warning timer takes over from its legacy process: its level recorded as the
   * process's timer would have, unless it is finished, and its timer armed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void takeOver(String applicationId) {
    if (ledger.state(applicationId).map(ClockState::finished).orElse(true)) {
      // decided or withdrawn meanwhile: its level is as the stop left it
      timers.drop(applicationId);
      return;
    }
    timers.arm(warnings.record(applicationId, WarningCause.TIMER));
  }

  private boolean move(ProcessInstance instance) {
    String applicationId = instance.getBusinessKey();
    try {
      transaction.executeWithoutResult(
          status -> {
            takeOver(applicationId);
            runtime.deleteProcessInstanceIfExists(
                instance.getId(), "moved to a warning timer", true, true, true, false);
          });
      return true;
    } catch (RuntimeException e) {
      log.warn(
          "Legal clock process {} of application {} not moved: {}",
          instance.getId(),
          applicationId,
          e.toString());
      return false;
    }
  }
}
