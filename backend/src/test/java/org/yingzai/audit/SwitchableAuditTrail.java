package org.yingzai.audit;

import java.time.Clock;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit trail with its writing switched on or off, for measuring what writing costs: switched
 * off, an action records nothing at all (no digest, no pending record, no lock of the head, no
 * insert), so the difference is the whole cost of recording.
 */
class SwitchableAuditTrail extends AuditTrail {

  private volatile boolean writing = true;

  SwitchableAuditTrail(
      AuditAppender appender,
      AuditMapper mapper,
      Clock clock,
      PlatformTransactionManager transactions) {
    super(appender, mapper, clock, transactions);
  }

  void writing(boolean on) {
    writing = on;
  }

  boolean writing() {
    return writing;
  }

  @Override
  public void record(AuditedAction action, AuditObject object, String reason, Object change) {
    if (writing) {
      super.record(action, object, reason, change);
    }
  }

  @Override
  public void recordAs(
      String actor,
      String role,
      AuditedAction action,
      AuditObject object,
      String reason,
      Object change) {
    if (writing) {
      super.recordAs(actor, role, action, object, reason, change);
    }
  }
}
