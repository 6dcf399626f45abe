package org.yingzai.audit;

import java.time.Instant;

/** A record waiting for its transaction to commit; its place in the chain is not known yet. */
record PendingEntry(
    Instant at,
    String actor,
    String role,
    String address,
    String objectType,
    String objectId,
    String applicationId,
    String action,
    String reason,
    String digest) {

  AuditRecord at(long seq, String prevHash) {
    return new AuditRecord(
        seq,
        at,
        actor,
        role,
        address,
        objectType,
        objectId,
        applicationId,
        action,
        reason,
        digest,
        prevHash,
        null);
  }
}
