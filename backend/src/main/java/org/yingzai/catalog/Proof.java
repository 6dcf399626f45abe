package org.yingzai.catalog;

import java.util.Objects;

/**
 * A proof (证明事项) in the catalogue: its terms and its current commitment text.
 *
 * @param sample whether it is sample data rather than an official entry
 * @param commitment the current commitment text, for {@code COMMITMENT} proofs and proofs falling
 *     back to a commitment; {@code null} otherwise
 */
public record Proof(ProofTerms terms, boolean sample, CommitmentText commitment) {

  public Proof {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(terms.code(), "code");
    Objects.requireNonNull(terms.disposition(), "disposition");
    Objects.requireNonNull(terms.riskLevel(), "riskLevel");
  }

  public String code() {
    return terms.code();
  }

  public Disposition disposition() {
    return terms.disposition();
  }

  /** Whether an applicant may sign a commitment for this proof, directly or as the fallback. */
  public boolean allowsCommitment() {
    return terms.allowsCommitment();
  }

  /**
   * One version of a proof's commitment text (告知承诺书).
   *
   * @param sha256 hex sha256 of the text's UTF-8 bytes: a signature records it
   */
  public record CommitmentText(int version, String text, String sha256) {}
}
