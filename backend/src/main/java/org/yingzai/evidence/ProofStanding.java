package org.yingzai.evidence;

import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.ProofFallback;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;

/**
 * Where one proof material of a draft stands under the certificate-free rules (DESIGN §5).
 *
 * @param commitmentsAllowed false while the enterprise is on the dishonesty list
 * @param uploaded whether the material has an upload
 * @param consented the evidence attached with the applicant's consent, the latest one
 * @param latest the latest fetch of its evidence, found or failed
 * @param lastFailure the latest failed fetch: once a provider failed, the fallback is offered
 * @param signature the applicant's signed commitment for it
 */
record ProofStanding(
    Material material,
    Proof proof,
    boolean commitmentsAllowed,
    boolean uploaded,
    FetchRow consented,
    FetchRow latest,
    FetchRow lastFailure,
    SignatureRow signature) {

  Disposition disposition() {
    return proof.disposition();
  }

  boolean failed() {
    return lastFailure != null;
  }

  /**
   * What a provider's failure leads to: the catalogue's fallback, but an upload where it names a
   * commitment that the enterprise may not use.
   */
  ProofAction fallbackAction() {
    return proof.terms().fallback() == ProofFallback.COMMITMENT && commitmentsAllowed
        ? ProofAction.SIGN
        : ProofAction.UPLOAD;
  }

  /** Whether the signature, if there is one, stands in for the proof. */
  boolean signatureCounts() {
    if (signature == null || !commitmentsAllowed) {
      return false;
    }
    return disposition() == Disposition.COMMITMENT
        || (disposition() == Disposition.DATA_SHARING
            && failed()
            && proof.terms().fallback() == ProofFallback.COMMITMENT);
  }

  /** What the proof rests on now; {@code null} while it is not satisfied. */
  ProofBasis basis() {
    return switch (disposition()) {
      case ABOLISHED -> ProofBasis.ABOLISHED;
      case DEPARTMENT_VERIFICATION -> ProofBasis.DEPARTMENT_VERIFICATION;
      case REQUIRED -> uploaded ? ProofBasis.UPLOAD : null;
      case COMMITMENT, DATA_SHARING -> {
        if (consented != null) {
          yield ProofBasis.EVIDENCE;
        }
        if (signatureCounts()) {
          yield ProofBasis.COMMITMENT;
        }
        // an upload made where the rules allowed one (a fallback, or the dishonesty list) stays
        yield uploaded ? ProofBasis.UPLOAD : null;
      }
    };
  }

  /** What the applicant does next to satisfy it; {@code null} when it is satisfied. */
  ProofAction need() {
    if (basis() != null) {
      return null;
    }
    return switch (disposition()) {
      case COMMITMENT -> commitmentsAllowed ? ProofAction.SIGN : ProofAction.UPLOAD;
      case DATA_SHARING -> failed() ? fallbackAction() : ProofAction.CONSENT;
      default -> ProofAction.UPLOAD;
    };
  }

  /** Whether the applicant may upload the proof. */
  boolean uploadAllowed() {
    return switch (disposition()) {
      case REQUIRED -> true;
      case COMMITMENT -> !commitmentsAllowed;
      case DATA_SHARING -> failed() && fallbackAction() == ProofAction.UPLOAD;
      default -> false;
    };
  }

  /** Whether the applicant may sign the proof's commitment now. */
  boolean signingOffered() {
    return switch (disposition()) {
      case COMMITMENT -> commitmentsAllowed;
      case DATA_SHARING -> failed() && fallbackAction() == ProofAction.SIGN && consented == null;
      default -> false;
    };
  }
}
