package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.yingzai.shared.SharedCounters.Counter;

class SharedCountersTest {

  private final List<String> written = new ArrayList<>();

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void countersAreIncrementedJustBeforeTheCommitInTheCountersOrder() {
    beginTransaction();
    SharedCounters.increment(Counter.FINISHED_DURATION, () -> written.add("finished"));
    SharedCounters.increment(Counter.TASK_DURATION, () -> written.add("task"));
    assertThat(written).isEmpty();

    TransactionSynchronizationUtils.triggerBeforeCommit(false);

    assertThat(written).containsExactly("task", "finished");
  }

  @Test
  void aTransactionRolledBackIncrementsNothing() {
    beginTransaction();
    SharedCounters.increment(Counter.TASK_DURATION, () -> written.add("task"));

    TransactionSynchronizationUtils.triggerBeforeCompletion();
    TransactionSynchronizationUtils.invokeAfterCompletion(
        TransactionSynchronizationManager.getSynchronizations(),
        TransactionSynchronization.STATUS_ROLLED_BACK);

    assertThat(written).isEmpty();
  }

  @Test
  void aCounterOutsideATransactionIsRefused() {
    assertThatThrownBy(
            () -> SharedCounters.increment(Counter.TASK_DURATION, () -> written.add("task")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(written).isEmpty();
  }

  private static void beginTransaction() {
    TransactionSynchronizationManager.initSynchronization();
    TransactionSynchronizationManager.setActualTransactionActive(true);
  }
}
