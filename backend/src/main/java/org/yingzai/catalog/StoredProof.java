package org.yingzai.catalog;

import java.time.Instant;
import org.yingzai.catalog.ProofAdminMapper.TextRow;

/**
 * A row of {@code proof} as administrators see it and write it, with the latest version of its
 * commitment text whatever its disposition: a proof that no longer allows commitments keeps its
 * versions.
 *
 * @param latest the commitment text of the highest version, {@code null} when none was published
 */
record StoredProof(
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
    boolean sample,
    Instant updatedAt,
    String updatedBy,
    TextRow latest) {

  /** The proof as the draft wants it, written now by {@code by}, its latest text {@code latest}. */
  static StoredProof of(ProofDraft draft, boolean sample, Instant at, String by, TextRow latest) {
    return new StoredProof(
        draft.code(),
        draft.name(),
        draft.issuingAuthority(),
        draft.disposition(),
        draft.evidenceType(),
        draft.provider(),
        draft.fallback(),
        draft.verificationMethod(),
        draft.verificationDays(),
        draft.riskLevel(),
        draft.basis(),
        draft.note(),
        sample,
        at,
        by,
        latest);
  }

  /** This proof once {@code text} is published as its latest commitment text. */
  StoredProof publishing(TextRow text, Instant at, String by) {
    return new StoredProof(
        code,
        name,
        issuingAuthority,
        disposition,
        evidenceType,
        provider,
        fallback,
        verificationMethod,
        verificationDays,
        riskLevel,
        basis,
        note,
        sample,
        at,
        by,
        text);
  }

  boolean allowsCommitment() {
    return disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
  }

  /** The highest commitment text version, {@code null} when none was published. */
  Integer latestVersion() {
    return latest == null ? null : latest.version();
  }

  String latestText() {
    return latest == null ? null : latest.text();
  }

  /** The version a newly published commitment text gets. */
  int nextVersion() {
    return latest == null ? 1 : latest.version() + 1;
  }
}
