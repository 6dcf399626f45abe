package org.yingzai.audit;

import java.time.OffsetDateTime;
import org.yingzai.shared.Times;

/** One record as supervisors read it; {@code object} is {@code type:id}. */
record AuditRecordResponse(
    long seq,
    OffsetDateTime at,
    String actor,
    String role,
    String address,
    String action,
    String object,
    String applicationId,
    String reason,
    String digest,
    String hash) {

  static AuditRecordResponse of(AuditRecord record) {
    return new AuditRecordResponse(
        record.seq(),
        Times.local(record.at()),
        record.actor(),
        record.role(),
        record.address(),
        record.action(),
        record.object(),
        record.applicationId(),
        record.reason(),
        record.digest(),
        record.hash());
  }
}
