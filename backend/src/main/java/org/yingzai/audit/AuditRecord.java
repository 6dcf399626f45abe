package org.yingzai.audit;

import java.time.Instant;

/** One record of the audit trail as stored; {@code at} is in whole seconds. */
record AuditRecord(
    long seq,
    Instant at,
    String actor,
    String role,
    String address,
    String objectType,
    String objectId,
    String applicationId,
    String action,
    String reason,
    String digest,
    String prevHash,
    String hash) {

  AuditRecord withHash(String value) {
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
        value);
  }

  /** The object as one text, {@code type:id}. */
  String object() {
    return objectType + ":" + objectId;
  }
}
