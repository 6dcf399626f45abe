package org.yingzai.catalog;

/**
 * What the catalogue says of a proof (证明事项), field by field as administrators write it: who issues
 * it and how the zone handles it. The proof as other modules read it, as it is stored, as an
 * administrator's draft and as the administration API shows it all hold these terms.
 *
 * @param evidenceType for {@code DATA_SHARING}: the kind of evidence fetched, e.g. {@code
 *     MARKET_ENTITY}
 * @param provider for {@code DATA_SHARING}: the name of the evidence provider that serves it
 * @param fallback for {@code DATA_SHARING}: what the applicant is offered when the provider fails
 * @param verificationMethod for commitments: how a signed commitment is checked afterwards
 * @param verificationDays for commitments: within how many working days after the decision
 */
public record ProofTerms(
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
    String note) {

  /** Whether an applicant may sign a commitment for this proof, directly or as the fallback. */
  public boolean allowsCommitment() {
    return disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
  }
}
