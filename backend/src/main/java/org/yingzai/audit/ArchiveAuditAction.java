package org.yingzai.audit;

/** What the audit trail records of its own upkeep. */
enum ArchiveAuditAction implements AuditedAction {
  /** Records older than the retention were moved to an archive file. */
  TRAIL_ARCHIVED
}
