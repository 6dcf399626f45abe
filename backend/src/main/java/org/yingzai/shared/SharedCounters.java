package org.yingzai.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Increments of counter rows that many transactions update at once (the statistics' histograms: one
 * row per item and month): written just before the commit, in the transaction, so that the row's
 * lock is held for the commit alone and not for the rest of the transaction (the engine's flush, a
 * PDF), which made every decision of an item wait for the one before it. Rows are always
 * incremented in the order of {@link Counter}, so two transactions never wait for each other.
 */
public final class SharedCounters {

  /** The counter tables, in the order their rows are incremented. */
  public enum Counter {
    TASK_DURATION,
    FINISHED_DURATION
  }

  private static final int ORDER = 900;

  private SharedCounters() {}

  /** Runs {@code increment} just before the current transaction commits; one is required. */
  public static void increment(Counter counter, Runnable increment) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("A counter of " + counter + " outside a transaction");
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public int getOrder() {
            // before MyBatis's synchronization flushes a batch session at the commit (999)
            return ORDER + counter.ordinal();
          }

          @Override
          public void beforeCommit(boolean readOnly) {
            increment.run();
          }
        });
  }
}
