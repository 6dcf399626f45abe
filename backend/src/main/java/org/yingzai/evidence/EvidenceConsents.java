package org.yingzai.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.Proof;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/** The applicant's consent to attach exactly the evidence they previewed. */
@Service
class EvidenceConsents {

  private final ProofCases cases;
  private final EvidenceMapper evidence;
  private final EvidenceViews views;
  private final EvidenceProperties properties;
  private final Clock clock;
  private final AuditTrail audit;

  EvidenceConsents(
      ProofCases cases,
      EvidenceMapper evidence,
      EvidenceViews views,
      EvidenceProperties properties,
      Clock clock,
      AuditTrail audit) {
    this.cases = cases;
    this.evidence = evidence;
    this.views = views;
    this.properties = properties;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Attaches the evidence of a preview with the applicant's consent: the preview must be the latest
   * of the material, made by the same user and not older than the preview validity.
   */
  @Transactional
  EvidenceResponse consent(
      String applicationId, String materialCode, long previewId, Origin origin) {
    ProofCase draft = cases.lockOwnDraft(applicationId);
    Material material = cases.sharedMaterial(draft, materialCode);
    Proof proof = cases.proof(draft, material);
    FetchRow preview = evidence.findFetch(draft.applicationId(), previewId);
    if (preview == null || !preview.materialCode().equals(material.code())) {
      throw ProblemException.notFound("EVIDENCE_PREVIEW_NOT_FOUND", previewId, material.code());
    }
    if (preview.consented()) {
      return views.fetch(preview, proof, null);
    }
    if (!preview.found()) {
      throw ProblemException.conflict("EVIDENCE_PREVIEW_FAILED", previewId);
    }
    ProofStanding standing = cases.standing(draft, material.code()).orElseThrow();
    if (!standing.latest().id().equals(preview.id())) {
      throw ProblemException.conflict("EVIDENCE_PREVIEW_SUPERSEDED", previewId);
    }
    AuthenticatedUser user = CurrentUser.get();
    if (!preview.requestedBy().equals(user.username())) {
      throw ProblemException.conflict("EVIDENCE_PREVIEW_OF_ANOTHER_USER", previewId);
    }
    Instant now = clock.instant();
    if (now.isAfter(preview.fetchedAt().plus(properties.previewValidity()))) {
      throw ProblemException.conflict(
          "EVIDENCE_PREVIEW_EXPIRED", previewId, properties.previewValidity().toMinutes());
    }
    evidence.consent(preview.id(), user.username(), now, origin.remoteIp(), origin.userAgent());
    audit.record(
        EvidenceAuditAction.EVIDENCE_CONSENTED,
        AuditObject.ofApplication(
            "evidence-fetch", String.valueOf(preview.id()), draft.applicationId()),
        null,
        Map.of(
            "materialCode", material.code(),
            "proofCode", preview.proofCode(),
            "fieldsSha256", preview.fieldsSha256()));
    return views.fetch(evidence.findFetch(draft.applicationId(), preview.id()), proof, null);
  }
}
