package org.yingzai.audit;

import java.time.OffsetDateTime;
import org.yingzai.shared.Times;

/**
 * One record as an application's page shows it: when, who in which role, what and why; {@code
 * object} is {@code type:id}.
 */
public record AuditEntry(
    long seq,
    OffsetDateTime at,
    String actor,
    String role,
    String action,
    String object,
    String reason) {

  static AuditEntry of(AuditRecord record) {
    return new AuditEntry(
        record.seq(),
        Times.local(record.at()),
        record.actor(),
        record.role(),
        record.action(),
        record.object(),
        record.reason());
  }
}
