package org.yingzai.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Counters;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.Proof.CommitmentText;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * Signed commitments (告知承诺): an applicant signs a proof's current commitment text instead of
 * bringing the proof, unless their enterprise is on the dishonesty list.
 */
@Service
public class Commitments {

  private final ProofCases cases;
  private final CommitmentMapper commitments;
  private final EvidenceViews views;
  private final Clock clock;
  private final AuditTrail audit;
  private final Counters counter;

  Commitments(
      ProofCases cases,
      CommitmentMapper commitments,
      EvidenceViews views,
      Clock clock,
      AuditTrail audit,
      Counters counter) {
    this.counter = counter;
    this.cases = cases;
    this.commitments = commitments;
    this.views = views;
    this.clock = clock;
    this.audit = audit;
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
                    row.riskLevel(),
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
    ProofCase draft = cases.lockOwnDraft(applicationId);
    ApplicationSummary application = draft.application();
    Material material = cases.material(draft, request.materialCode());
    ProofStanding standing =
        cases
            .standing(draft, material.code())
            .filter(s -> s.proof().allowsCommitment())
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "COMMITMENT_NOT_APPLICABLE", material.code(), material.name()));
    Proof proof = standing.proof();
    Enterprise enterprise = cases.enterprise(draft);
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
    // at the counter the person who came signs on the screen, the receiving clerk witnessing it
    Optional<String> atCounter = counter.personPresent(application.id());
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
            atCounter.orElse(user.displayName() == null ? user.username() : user.displayName()),
            clock.instant(),
            origin.remoteIp(),
            origin.userAgent(),
            proof.terms().riskLevel(),
            proof.terms().verificationMethod(),
            proof.terms().verificationDays(),
            atCounter.isPresent() ? user.username() : null);
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
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("materialCode", material.code());
    change.put("proofCode", proof.code());
    change.put("textVersion", text.version());
    change.put("textSha256", signedSha256);
    // signed in place of shared evidence whose provider failed: the fallback taken
    change.put("fallback", proof.disposition() == Disposition.DATA_SHARING);
    audit.record(
        EvidenceAuditAction.COMMITMENT_SIGNED,
        AuditObject.ofApplication("commitment", String.valueOf(id), application.id()),
        null,
        change);
    return new Signed(views.signature(stored, enterprise, null), true);
  }
}
