package org.yingzai.evidence;

import org.yingzai.audit.AuditedAction;

/** What the audit trail records of certificate-free proofs, verifications and credit records. */
enum EvidenceAuditAction implements AuditedAction {
  EVIDENCE_FETCHED,
  EVIDENCE_CONSENTED,
  COMMITMENT_SIGNED,
  VERIFICATION_DRAWN,
  VERIFICATION_FINISHED,
  CREDIT_RECORD_CREATED,
  CREDIT_RECORD_LIFTED
}
