package org.yingzai.handling;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of clerks' tasks. */
enum TaskAuditAction implements AuditedAction {
  COMPLETED
}
