package org.yingzai.evidence;

import java.util.List;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.ProofFallback;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;

/**
 * The proof materials of an application: for the applicant of a draft, what each needs and where it
 * stands; for everyone who may see the application, the evidence, the signatures and what the
 * submitted application relied on.
 *
 * @param commitmentsAllowed false while the enterprise is on the dishonesty list (失信)
 */
record ProofsResponse(
    String applicationId,
    String number,
    ApplicationStatus status,
    EnterpriseRef enterprise,
    boolean commitmentsAllowed,
    String notice,
    List<ProofMaterialResponse> proofs) {

  /**
   * One proof material.
   *
   * @param state where it stands, see {@link ProofState}
   * @param action what the applicant of a draft does next: {@code UPLOAD}, {@code PREVIEW}, {@code
   *     CONSENT} or {@code SIGN}; absent when nothing is to be done
   * @param basis what it rests on; for a submitted application, what it relied on at submission
   * @param commitment the text to sign, while signing is offered
   * @param preview the latest evidence previewed and not yet consented to
   * @param evidence the evidence attached with the applicant's consent
   * @param lastFailure the latest failed fetch, with the reason and the fallback offered
   * @param notice what the applicant should know, in their language
   */
  record ProofMaterialResponse(
      String materialCode,
      String materialName,
      boolean required,
      String proofCode,
      String proofName,
      String issuingAuthority,
      Disposition disposition,
      ProofState state,
      ApplicantAction action,
      boolean satisfied,
      ProofBasis basis,
      String evidenceType,
      String provider,
      ProofFallback fallback,
      boolean uploadAllowed,
      boolean signingOffered,
      CommitmentTextResponse commitment,
      EvidenceResponse preview,
      EvidenceResponse evidence,
      EvidenceResponse lastFailure,
      SignatureResponse signature,
      String notice) {}

  /** Where a proof material stands. */
  enum ProofState {
    AWAITING_UPLOAD,
    UPLOADED,
    AWAITING_PREVIEW,
    AWAITING_CONSENT,
    CONSENTED,
    /** the provider failed: the fallback is offered */
    FAILED,
    AWAITING_SIGNATURE,
    SIGNED,
    /** abolished, or verified by the department itself */
    NOTHING_TO_DO,
    /** a submitted application went without it (an optional material) */
    NOT_PROVIDED
  }

  /** What the applicant of a draft does next. */
  enum ApplicantAction {
    UPLOAD,
    PREVIEW,
    CONSENT,
    SIGN
  }
}
