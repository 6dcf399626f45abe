package org.yingzai.projects;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of construction projects. */
enum ProjectAuditAction implements AuditedAction {
  PROJECT_CREATED,
  KEY_PROJECT_DESIGNATED,
  STAGE_FORM_CHANGED,
  STAGE_MATERIAL_UPLOADED,
  STAGE_SUBMITTED,
  STAGE_FINISHED
}
