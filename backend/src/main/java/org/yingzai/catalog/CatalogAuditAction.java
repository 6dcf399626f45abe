package org.yingzai.catalog;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of the proof catalogue's maintenance. */
enum CatalogAuditAction implements AuditedAction {
  PROOF_CREATED,
  PROOF_UPDATED,
  PROOF_DELETED,
  COMMITMENT_TEXT_PUBLISHED,
  PROOF_CATALOGUE_IMPORTED
}
