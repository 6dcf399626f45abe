package org.yingzai.applications;

import java.util.List;
import java.util.Set;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;

/**
 * What the certificate-free rules (无证明) ask of the proofs an application's item waives (every
 * {@code PROOF} material whose disposition is not {@code REQUIRED}): shared evidence consented to,
 * a signed commitment, or an upload where a provider's failure or the dishonesty list calls for
 * one. Implemented by the module that keeps the evidence and the commitments.
 */
public interface ProofChecks {

  /**
   * What each required waived proof of a draft still needs of the applicant, in the item's order;
   * nothing for the proofs already satisfied.
   */
  List<ProofNeed> needs(ProofContext application);

  /**
   * Whether the applicant may upload this waived proof now: after its provider failed and the
   * fallback is an upload, or when the enterprise may not use commitments.
   */
  boolean uploadAllowed(ProofContext application, Material material);

  /**
   * Records, in the submitting transaction, what each waived proof of the application relies on.
   * Called once nothing is missing.
   */
  void submitted(ProofContext application);

  /** The application being checked, with the codes of the materials it has uploads for. */
  record ProofContext(
      String applicationId,
      long enterpriseId,
      ServiceItem item,
      Set<String> uploadedMaterialCodes) {

    public ProofContext {
      uploadedMaterialCodes = Set.copyOf(uploadedMaterialCodes);
    }
  }

  /** A waived proof that is not satisfied yet and what the applicant does about it. */
  record ProofNeed(String materialCode, ProofAction action) {}

  /** What satisfies a waived proof that still needs the applicant. */
  enum ProofAction {
    /** upload the proof after all (a provider's fallback, or the dishonesty list) */
    UPLOAD,
    /** preview the shared evidence and consent to attach it */
    CONSENT,
    /** sign the proof's commitment text */
    SIGN
  }
}
