package org.yingzai.catalog;

import java.util.Objects;

/**
 * A proof (证明事项) in the catalogue: who issues it and how the zone handles it.
 *
 * @param evidenceType for {@code DATA_SHARING}: the kind of evidence fetched, e.g. {@code
 *     MARKET_ENTITY}
 * @param provider for {@code DATA_SHARING}: the name of the evidence provider that serves it
 * @param fallback for {@code DATA_SHARING}: what the applicant is offered when the provider fails
 * @param verificationMethod for commitments: how a signed commitment is checked afterwards
 * @param verificationDays for commitments: within how many working days after the decision
 * @param commitment the current commitment text, for {@code COMMITMENT} proofs and proofs falling
 *     back to a commitment; {@code null} otherwise
 */
public record Proof(
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
    CommitmentText commitment) {

  public Proof {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(riskLevel, "riskLevel");
  }

  /** Whether an applicant may sign a commitment for this proof, directly or as the fallback. */
  public boolean allowsCommitment() {
    return disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
  }

  /**
   * One version of a proof's commitment text (告知承诺书).
   *
   * @param sha256 hex sha256 of the text's UTF-8 bytes: a signature records it
   */
  public record CommitmentText(int version, String text, String sha256) {}
}
