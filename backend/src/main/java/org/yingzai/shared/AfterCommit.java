package org.yingzai.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that counts only once the transaction around it has committed, such as a metric. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Runs {@code work} after the current transaction commits; at once outside a transaction. */
  public static void run(Runnable work) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      work.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            work.run();
          }
        });
  }
}
