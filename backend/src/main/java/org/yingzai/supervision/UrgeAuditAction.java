package org.yingzai.supervision;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of urging. */
enum UrgeAuditAction implements AuditedAction {
  URGED,
  URGE_ANSWERED
}
