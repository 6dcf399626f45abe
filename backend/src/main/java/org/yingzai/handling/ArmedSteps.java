package org.yingzai.handling;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yingzai.applications.ApplicationSummary;

/**
 * The schedules the step timers of tasks were armed with in the current transaction, by the task's
 * execution: computed once when the engine arms the timers of a task it enters, taken by the work
 * queue when it creates the task a moment later, so that both keep the very same limit and due
 * time, and the application is read once. Forgotten when the transaction ends.
 */
@Component
class ArmedSteps {

  /**
   * What one task's timers were armed with; no schedule when its step has no limit, no application
   * when an open task's timer is armed again.
   */
  record Armed(ApplicationSummary application, StepSchedule schedule) {}

  private static final Object KEY = ArmedSteps.class;

  Optional<Armed> find(String executionId) {
    return Optional.ofNullable(armed().get(executionId));
  }

  void put(String executionId, Armed armed) {
    armed().put(executionId, armed);
  }

  Optional<Armed> take(String executionId) {
    return Optional.ofNullable(armed().remove(executionId));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Armed> armed() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("Step timers are armed inside a transaction only");
    }
    Map<String, Armed> armed =
        (Map<String, Armed>) TransactionSynchronizationManager.getResource(KEY);
    if (armed == null) {
      Map<String, Armed> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(KEY, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
          });
      armed = fresh;
    }
    return armed;
  }
}
