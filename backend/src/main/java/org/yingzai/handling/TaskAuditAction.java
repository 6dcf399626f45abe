package org.yingzai.handling;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of clerks' tasks and of the time limits they keep. */
enum TaskAuditAction implements AuditedAction {
  CLAIMED,
  COMPLETED,
  // the pause and resumption of the clock (§45), besides the completion that made them
  SPECIAL_PROCEDURE_STARTED,
  SPECIAL_PROCEDURE_FINISHED,
  EXTENDED,
  ACCEPTED_AUTOMATICALLY
}
