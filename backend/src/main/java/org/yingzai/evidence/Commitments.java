package org.yingzai.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.Proof.CommitmentText;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * Signed commitments (告知承诺): an applicant signs a proof's current commitment text instead of
 * bringing the proof, unless their enterprise is on the dishonesty list.
 */
@Service
public class Commitments {

  private final ApplicationAccess applications;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final CertificateFreeRules rules;
  private final CommitmentMapper commitments;
  private final EvidenceViews views;
  private final Clock clock;

  Commitments(
      ApplicationAccess applications,
      Catalog catalog,
      Enterprises enterprises,
      CertificateFreeRules rules,
      CommitmentMapper commitments,
      EvidenceViews views,
      Clock clock) {
    this.applications = applications;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.rules = rules;
    this.commitments = commitments;
    this.views = views;
    this.clock = clock;
  }

  /**
   * The commitments a submitted application relied on when it was submitted (those that stood in
   * for a proof), by material code; empty for a draft and for an application that relied on none.
   * No access check: for the service hall's own processes.
   */
  @Transactional(readOnly = true)
  public List<SignedCommitment> signedFor(String applicationId) {
    return commitments.findReliedOn(applicationId).stream()
        .map(
            row ->
                new SignedCommitment(
                    row.id(),
                    row.applicationId(),
                    row.materialCode(),
                    row.proofCode(),
                    row.textVersion(),
                    row.textSha256(),
                    row.signedBy(),
                    row.signedAt(),
                    RiskLevel.valueOf(row.riskLevel()),
                    row.verificationDays()))
        .toList();
  }

  /** A signature and whether it is new. */
  record Signed(SignatureResponse signature, boolean created) {}

  /**
   * The current enterprise user signs the commitment text of a proof material of their draft. The
   * text must be the one they were shown: its current version and sha256. Signing the same version
   * again answers the earlier signature.
   */
  @Transactional
  Signed sign(String applicationId, SignCommitmentRequest request, Origin origin) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationSummary application = applications.lockOwnDraft(applicationId);
    ServiceItem item = catalog.requireItem(application.itemCode());
    Material material =
        item.material(request.materialCode())
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "MATERIAL_UNKNOWN", request.materialCode(), item.code()));
    ProofStanding standing =
        rules
            .standing(
                new ProofContext(
                    application.id(),
                    application.enterpriseId(),
                    item,
                    applications.uploadedMaterialCodes(application.id())),
                material.code())
            .filter(s -> s.proof().allowsCommitment())
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "COMMITMENT_NOT_APPLICABLE", material.code(), material.name()));
    Proof proof = standing.proof();
    Enterprise enterprise = enterprises.requireById(application.enterpriseId());
    if (!standing.commitmentsAllowed()) {
      throw ProblemException.conflict("COMMITMENT_NOT_ALLOWED", material.code(), material.name());
    }
    SignatureRow earlier = standing.signature();
    if (earlier != null) {
      if (earlier.textVersion() == request.textVersion()
          && earlier.textSha256().equalsIgnoreCase(request.textSha256())) {
        return new Signed(views.signature(earlier, enterprise, null), false);
      }
      throw ProblemException.conflict("COMMITMENT_ALREADY_SIGNED", material.code());
    }
    if (proof.disposition() == Disposition.DATA_SHARING) {
      if (standing.consented() != null) {
        throw ProblemException.conflict("EVIDENCE_ALREADY_ATTACHED", material.code());
      }
      if (!standing.signingOffered()) {
        throw ProblemException.conflict("COMMITMENT_NOT_OFFERED", material.code(), material.name());
      }
    }
    CommitmentText text = proof.commitment();
    if (text == null) {
      throw ProblemException.conflict("COMMITMENT_TEXT_UNAVAILABLE", proof.code());
    }
    if (text.version() != request.textVersion()
        || !text.sha256().equalsIgnoreCase(request.textSha256().strip())) {
      throw ProblemException.conflict(
              "COMMITMENT_TEXT_CHANGED", material.code(), request.textVersion(), text.version())
          .with("currentVersion", text.version())
          .with("currentSha256", text.sha256());
    }
    // the hash of the exact text signed, computed here rather than trusted from the catalogue
    String signedSha256 = Sha256.of(text.text());
    if (!signedSha256.equals(text.sha256().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(
          "Commitment text " + proof.code() + " v" + text.version() + " does not match its sha256");
    }
    SignatureRow row =
        new SignatureRow(
            null,
            application.id(),
            material.code(),
            proof.code(),
            application.enterpriseId(),
            text.version(),
            signedSha256,
            user.username(),
            user.displayName() == null ? user.username() : user.displayName(),
            clock.instant(),
            origin.remoteIp(),
            origin.userAgent(),
            proof.riskLevel().name(),
            proof.verificationMethod(),
            proof.verificationDays());
    try {
      commitments.insert(row);
    } catch (DuplicateKeyException raced) {
      throw ProblemException.conflict("COMMITMENT_ALREADY_SIGNED", material.code());
    }
    long id = commitments.lastInsertId();
    SignatureRow stored =
        commitments.findByApplication(application.id()).stream()
            .filter(s -> s.id() == id)
            .findFirst()
            .orElseThrow();
    return new Signed(views.signature(stored, enterprise, null), true);
  }
}
