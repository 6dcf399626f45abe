package org.yingzai.applications;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of applications. */
enum ApplicationAuditAction implements AuditedAction {
  DRAFT_CREATED,
  FORM_CHANGED,
  MATERIAL_UPLOADED,
  MATERIAL_DOWNLOADED,
  SUBMITTED,
  SUPPLEMENT_ANSWERED,
  WITHDRAWN
}
