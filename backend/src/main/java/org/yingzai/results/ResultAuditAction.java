package org.yingzai.results;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of result documents. */
enum ResultAuditAction implements AuditedAction {
  RESULT_ISSUED,
  RESULT_DOWNLOADED,
  RESULT_REVOKED,
  RESULT_WITHHELD
}
