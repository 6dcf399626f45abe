package org.yingzai.applications;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of applications. */
enum ApplicationAuditAction implements AuditedAction {
  SUBMITTED
}
