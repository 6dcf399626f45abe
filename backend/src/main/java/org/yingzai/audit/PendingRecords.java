package org.yingzai.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The records of one transaction, appended just before it commits, so that the chain's head is
 * locked only for the commit itself.
 */
final class PendingRecords implements TransactionSynchronization {

  private final AuditAppender appender;
  private final List<PendingEntry> entries = new ArrayList<>();

  PendingRecords(AuditAppender appender) {
    this.appender = appender;
  }

  void add(PendingEntry entry) {
    entries.add(entry);
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    if (!entries.isEmpty()) {
      appender.append(List.copyOf(entries));
      entries.clear();
    }
  }
}
