package org.yingzai.catalog;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of the catalogue's maintenance: proofs and items. */
enum CatalogAuditAction implements AuditedAction {
  PROOF_CREATED,
  PROOF_UPDATED,
  PROOF_DELETED,
  COMMITMENT_TEXT_PUBLISHED,
  PROOF_CATALOGUE_IMPORTED,
  ITEM_LIMITS_CHANGED,
  ITEM_STEP_LIMITS_CHANGED,
  MATERIAL_PROOF_CHANGED
}
