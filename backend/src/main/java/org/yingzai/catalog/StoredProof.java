package org.yingzai.catalog;

import java.time.Instant;

/**
 * A row of {@code proof} as administrators see it, with the latest version of its commitment text
 * whatever its disposition: a proof that no longer allows commitments keeps its versions.
 *
 * @param latestVersion the highest commitment text version, {@code null} when none was published
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
    Integer latestVersion,
    String latestText,
    String latestSha256,
    Instant latestCreatedAt,
    String latestCreatedBy) {

  boolean allowsCommitment() {
    return disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
  }

  /** The version a newly published commitment text gets. */
  int nextVersion() {
    return latestVersion == null ? 1 : latestVersion + 1;
  }
}
