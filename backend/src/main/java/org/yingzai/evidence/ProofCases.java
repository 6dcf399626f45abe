package org.yingzai.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.Proof;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.ProblemException;

/**
 * Finds what the certificate-free use cases work on: the application as the caller may see or
 * change it, its item and enterprise, one of its proof materials, and where its proofs stand.
 */
@Component
class ProofCases {

  private final ApplicationAccess applications;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final CertificateFreeRules rules;

  ProofCases(
      ApplicationAccess applications,
      Catalog catalog,
      Enterprises enterprises,
      CertificateFreeRules rules) {
    this.applications = applications;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.rules = rules;
  }

  /** An application whoever asks may see. */
  ProofCase visible(String applicationId) {
    return of(applications.visible(applicationId));
  }

  /** A draft of the current enterprise user. */
  ProofCase ownDraft(String applicationId) {
    return of(applications.ownDraft(applicationId));
  }

  /** A draft of the current enterprise user, locked until the transaction ends. */
  ProofCase lockOwnDraft(String applicationId) {
    return of(applications.lockOwnDraft(applicationId));
  }

  /** Locks the draft until the transaction ends. */
  void lock(ProofCase draft) {
    applications.lockOwnDraft(draft.applicationId());
  }

  Enterprise enterprise(ProofCase application) {
    return enterprises.requireById(application.application().enterpriseId());
  }

  /** Every proof material of the application's item, in the item's order, as it stands now. */
  List<ProofStanding> standings(ProofCase application) {
    return rules.standings(context(application));
  }

  /** Where one material stands now; empty for a material without a proof. */
  Optional<ProofStanding> standing(ProofCase application, String materialCode) {
    return rules.standing(context(application), materialCode);
  }

  /** Whether the enterprise is off the dishonesty list today. */
  boolean commitmentsAllowed(long enterpriseId) {
    return rules.commitmentsAllowed(enterpriseId);
  }

  /**
   * A material of the application's item.
   *
   * @throws ProblemException {@code 400 MATERIAL_UNKNOWN}
   */
  Material material(ProofCase application, String materialCode) {
    return application
        .item()
        .material(materialCode)
        .orElseThrow(
            () ->
                ProblemException.badRequest(
                    "MATERIAL_UNKNOWN", materialCode, application.item().code()));
  }

  /**
   * A proof material of the item whose evidence is shared.
   *
   * @throws ProblemException {@code 400 MATERIAL_UNKNOWN}, {@code 400 EVIDENCE_NOT_SHARED}
   */
  Material sharedMaterial(ProofCase application, String materialCode) {
    Material material = material(application, materialCode);
    if (material.kind() != MaterialKind.PROOF
        || material.disposition() != Disposition.DATA_SHARING) {
      throw ProblemException.badRequest("EVIDENCE_NOT_SHARED", material.code(), material.name());
    }
    return material;
  }

  /** The proof the material stands for. */
  Proof proof(ProofCase application, Material material) {
    return catalog.proofsOf(application.item()).get(material.code());
  }

  private ProofCase of(ApplicationSummary application) {
    return new ProofCase(application, catalog.requireItem(application.itemCode()));
  }

  // read when asked: what is uploaded may change until the draft is locked
  private ProofContext context(ProofCase application) {
    ApplicationSummary summary = application.application();
    return new ProofContext(
        summary.id(),
        summary.enterpriseId(),
        application.item(),
        applications.uploadedMaterialCodes(summary.id()));
  }
}
