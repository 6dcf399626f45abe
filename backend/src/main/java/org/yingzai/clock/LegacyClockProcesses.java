package org.yingzai.clock;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the clocks that still run a {@code legal-clock} process instance (as every accepted
 * application did before the warning timers became plain engine jobs) to a {@link WarningTimers
 * warning timer}, after the start and beside the running service hall: one clock per transaction,
 * its level recorded as the process's timer would have (one that fell due while its delegate was
 * gone), its timer armed and the instance deleted. Several nodes starting at once share the work:
 * an instance another node deleted first rolls back this node's move of it.
 */
@Component
class LegacyClockProcesses {

  /** The key of the process that kept the warning timers before. */
  static final String PROCESS_KEY = "legal-clock";

  private static final Logger log = LoggerFactory.getLogger(LegacyClockProcesses.class);
  private static final int PAGE = 500;

  private final RuntimeService runtime;
  private final WarningService warnings;
  private final WarningTimers timers;
  private final TransactionTemplate transaction;

  LegacyClockProcesses(
      RuntimeService runtime,
      WarningService warnings,
      WarningTimers timers,
      PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.warnings = warnings;
    this.timers = timers;
    this.transaction = new TransactionTemplate(transactions);
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
    int moved = 0;
    for (ProcessInstance instance : instances) {
      if (move(instance)) {
        moved++;
      }
    }
    log.info(
        "Moved {} of {} legal clock process instances to warning timers", moved, instances.size());
    return moved;
  }

  private boolean move(ProcessInstance instance) {
    String applicationId = instance.getBusinessKey();
    try {
      transaction.executeWithoutResult(
          status -> {
            timers.arm(applicationId, warnings.record(applicationId, WarningCause.TIMER));
            runtime.deleteProcessInstance(
                instance.getId(), "moved to a warning timer", true, true, true);
          });
      return true;
    } catch (RuntimeException e) {
      // another node moved it first, or its clock is gone: it is left to the next start
      log.warn(
          "Legal clock process {} of application {} not moved: {}",
          instance.getId(),
          applicationId,
          e.toString());
      return false;
    }
  }
}
