package org.yingzai.applications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.applications.ProofChecks.ProofNeed;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.shared.ProblemException;

/**
 * What an application still lacks: the uploads the catalogue asks for, waived proofs that became
 * uploads, and the proofs waiting for a consent or a signature (asked of the certificate-free rules
 * through {@link ProofChecks}).
 */
@Component
class MissingMaterials {

  private final ProofChecks proofs;
  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final MessageSource messages;

  MissingMaterials(
      ProofChecks proofs, ApplicationMapper mapper, Catalog catalog, MessageSource messages) {
    this.proofs = proofs;
    this.mapper = mapper;
    this.catalog = catalog;
    this.messages = messages;
  }

  /**
   * The proof context of a complete draft, ready to be submitted.
   *
   * @throws ProblemException 400 {@code MATERIALS_MISSING} naming everything missing at once: the
   *     properties {@code missingMaterials} and {@code pendingProofs} list it
   */
  ProofContext requireComplete(ApplicationRow row) {
    ProofContext context =
        context(row, catalog.requireItem(row.itemCode()), mapper.findMaterials(row.id()));
    Outstanding outstanding = ofDraft(context);
    if (!outstanding.isEmpty()) {
      throw ProblemException.badRequest("MATERIALS_MISSING", outstanding.describe(messages))
          .with("missingMaterials", outstanding.missing())
          .with("pendingProofs", outstanding.pending());
    }
    return context;
  }

  static ProofContext context(ApplicationRow row, ServiceItem item, List<MaterialRow> uploaded) {
    return new ProofContext(
        row.id(),
        row.enterpriseId(),
        item,
        uploaded.stream().map(MaterialRow::materialCode).collect(Collectors.toSet()));
  }

  /** What a draft still lacks, its proofs asked of the certificate-free rules. */
  Outstanding ofDraft(ProofContext context) {
    return of(context, proofs.needs(context));
  }

  /** What a submitted application lacks of its uploads; its proofs are fixed at submission. */
  Outstanding ofSubmitted(ProofContext context) {
    return of(context, List.of());
  }

  private static Outstanding of(ProofContext context, List<ProofNeed> proofNeeds) {
    Map<String, ProofAction> needs = new HashMap<>();
    proofNeeds.forEach(need -> needs.put(need.materialCode(), need.action()));
    List<MissingMaterial> missing = new ArrayList<>();
    List<PendingProof> pending = new ArrayList<>();
    for (Material material : context.item().materials()) {
      ProofAction need = needs.get(material.code());
      if (material.mustUpload() && !context.uploadedMaterialCodes().contains(material.code())) {
        need = ProofAction.UPLOAD;
      }
      if (need == ProofAction.UPLOAD) {
        missing.add(new MissingMaterial(material.code(), material.name()));
      } else if (need != null) {
        pending.add(new PendingProof(material.code(), material.name(), need));
      }
    }
    return new Outstanding(List.copyOf(missing), List.copyOf(pending));
  }
}
