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
  WITHDRAWN,
  /** Taken at the counter: the person who came, with their ID number masked. */
  TAKEN_IN_PERSON,
  AUTHORIZATION_SCANNED,
  RESULT_DELIVERY_CHOSEN,
  RESULT_HANDED_OVER
}
