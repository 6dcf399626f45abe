package org.yingzai.bundles;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of bundle applications. */
enum BundleAuditAction implements AuditedAction {
  BUNDLE_DRAFT_CREATED,
  BUNDLE_FORM_CHANGED,
  BUNDLE_MATERIAL_UPLOADED,
  BUNDLE_SUBMITTED,
  BUNDLE_SUPPLEMENT_ANSWERED,
  BUNDLE_FINISHED
}
