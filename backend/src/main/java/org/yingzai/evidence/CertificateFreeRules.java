package org.yingzai.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ProofChecks;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.evidence.EvidenceMapper.BasisRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.shared.Times;

/**
 * The certificate-free rules of a draft's proofs, for the applications module (what is missing,
 * what may be uploaded) and for this module's own endpoints. Depends on no bean of the applications
 * module, which depends on it.
 */
@Component
class CertificateFreeRules implements ProofChecks {

  private final Catalog catalog;
  private final EvidenceMapper evidence;
  private final CommitmentMapper commitments;
  private final CreditRecordMapper credit;
  private final Clock clock;

  CertificateFreeRules(
      Catalog catalog,
      EvidenceMapper evidence,
      CommitmentMapper commitments,
      CreditRecordMapper credit,
      Clock clock) {
    this.catalog = catalog;
    this.evidence = evidence;
    this.commitments = commitments;
    this.credit = credit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProofNeed> needs(ProofContext application) {
    List<ProofNeed> needs = new ArrayList<>();
    for (ProofStanding standing : standings(application)) {
      if (standing.material().required() && waived(standing.material())) {
        Optional.ofNullable(standing.need())
            .ifPresent(need -> needs.add(new ProofNeed(standing.material().code(), need)));
      }
    }
    return needs;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean uploadAllowed(ProofContext application, Material material) {
    if (material.kind() != MaterialKind.PROOF) {
      return material.uploadAllowed();
    }
    return standing(application, material.code()).map(ProofStanding::uploadAllowed).orElse(false);
  }

  @Override
  @Transactional
  public void submitted(ProofContext application) {
    for (ProofStanding standing : standings(application)) {
      ProofBasis basis = standing.basis();
      if (basis == null || !waived(standing.material())) {
        continue;
      }
      evidence.insertBasis(
          new BasisRow(
              application.applicationId(),
              standing.material().code(),
              standing.proof().code(),
              standing.disposition(),
              basis,
              basis == ProofBasis.EVIDENCE ? standing.consented().id() : null,
              basis == ProofBasis.COMMITMENT ? standing.signature().id() : null,
              clock.instant()));
    }
  }

  /** Every proof material of the application's item, in the item's order. */
  List<ProofStanding> standings(ProofContext application) {
    ServiceItem item = application.item();
    Map<String, Proof> proofs = catalog.proofsOf(item);
    if (proofs.isEmpty()) {
      return List.of();
    }
    String applicationId = application.applicationId();
    Map<String, List<FetchRow>> fetches = new HashMap<>();
    evidence
        .findFetches(applicationId)
        .forEach(f -> fetches.computeIfAbsent(f.materialCode(), code -> new ArrayList<>()).add(f));
    Map<String, SignatureRow> signatures = new HashMap<>();
    commitments.findByApplication(applicationId).forEach(s -> signatures.put(s.materialCode(), s));
    boolean commitmentsAllowed = commitmentsAllowed(application.enterpriseId());
    Set<String> uploaded = application.uploadedMaterialCodes();
    List<ProofStanding> standings = new ArrayList<>();
    for (Material material : item.materials()) {
      Proof proof = proofs.get(material.code());
      if (proof == null) {
        continue;
      }
      List<FetchRow> ofMaterial = fetches.getOrDefault(material.code(), List.of());
      standings.add(
          new ProofStanding(
              material,
              proof,
              commitmentsAllowed,
              uploaded.contains(material.code()),
              last(ofMaterial.stream().filter(FetchRow::consented).toList()),
              last(ofMaterial),
              last(ofMaterial.stream().filter(f -> !f.found()).toList()),
              signatures.get(material.code())));
    }
    return standings;
  }

  /** Where one material of the application stands; empty for a material without a proof. */
  Optional<ProofStanding> standing(ProofContext application, String materialCode) {
    return standings(application).stream()
        .filter(s -> s.material().code().equals(materialCode))
        .findFirst();
  }

  /** Whether the enterprise is off the dishonesty list today (Asia/Shanghai). */
  boolean commitmentsAllowed(long enterpriseId) {
    return credit.findActive(enterpriseId, today()).isEmpty();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Times.ZONE);
  }

  private static boolean waived(Material material) {
    return material.kind() == MaterialKind.PROOF
        && material.disposition() != null
        && material.disposition() != Disposition.REQUIRED;
  }

  private static <T> T last(List<T> rows) {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1);
  }
}
