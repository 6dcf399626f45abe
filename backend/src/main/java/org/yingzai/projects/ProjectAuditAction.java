package org.yingzai.projects;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of construction projects. */
enum ProjectAuditAction implements AuditedAction {
  PROJECT_CREATED,
  KEY_PROJECT_DESIGNATED,
  HELPER_ASSIGNED,
  HELPER_AUTHORIZED,
  HELPER_AUTHORIZATION_WITHDRAWN,
  STAGE_FORM_CHANGED,
  STAGE_MATERIAL_UPLOADED,
  STAGE_SUBMITTED,
  STAGE_FINISHED
}
