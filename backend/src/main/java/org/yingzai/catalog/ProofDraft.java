package org.yingzai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A proof as an administrator wants it, checked by {@link ProofRules}: what is written to the
 * catalogue on create, update or import.
 *
 * @param commitmentText the commitment text to publish if it differs from the current one; {@code
 *     null} to keep the current one (or for proofs without commitment)
 */
record ProofDraft(
    String code,
    String name,
    String issuingAuthority,
    Disposition disposition,
    String evidenceType,
    String provider,
    ProofFallback fallback,
    String verificationMethod,
    Integer verificationDays,
    RiskLevel riskLevel,
    String basis,
    String note,
    String commitmentText) {

  boolean allowsCommitment() {
    return disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
  }

  /** The fields in which the stored proof differs from this one, in column order. */
  List<ProofField> differencesFrom(StoredProof stored) {
    List<ProofField> fields = new ArrayList<>();
    compare(fields, ProofField.NAME, name, stored.name());
    compare(fields, ProofField.ISSUING_AUTHORITY, issuingAuthority, stored.issuingAuthority());
    compare(fields, ProofField.DISPOSITION, disposition, stored.disposition());
    compare(fields, ProofField.EVIDENCE_TYPE, evidenceType, stored.evidenceType());
    compare(fields, ProofField.PROVIDER, provider, stored.provider());
    compare(fields, ProofField.FALLBACK, fallback, stored.fallback());
    compare(
        fields, ProofField.VERIFICATION_METHOD, verificationMethod, stored.verificationMethod());
    compare(fields, ProofField.VERIFICATION_DAYS, verificationDays, stored.verificationDays());
    compare(fields, ProofField.RISK_LEVEL, riskLevel, stored.riskLevel());
    compare(fields, ProofField.BASIS, basis, stored.basis());
    compare(fields, ProofField.NOTE, note, stored.note());
    if (publishesTextOver(stored)) {
      fields.add(ProofField.COMMITMENT_TEXT);
    }
    return fields;
  }

  /** Whether writing this draft publishes a new version of the commitment text. */
  boolean publishesTextOver(StoredProof stored) {
    return commitmentText != null
        && (stored == null || !commitmentText.equals(stored.latestText()));
  }

  private static void compare(List<ProofField> fields, ProofField field, Object wanted, Object is) {
    if (!Objects.equals(wanted, is)) {
      fields.add(field);
    }
  }
}
