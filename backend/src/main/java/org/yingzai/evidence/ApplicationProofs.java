package org.yingzai.evidence;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.catalog.Disposition;
import org.yingzai.evidence.EvidenceMapper.BasisRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.ProofsResponse.ApplicantAction;
import org.yingzai.evidence.ProofsResponse.ProofMaterialResponse;
import org.yingzai.evidence.ProofsResponse.ProofState;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;
import org.yingzai.identity.Enterprise;

/**
 * An application's proof materials as the applicant and the clerk see them: what each needs while
 * drafting, and what each rested on once submitted.
 */
@Service
class ApplicationProofs {

  private final ProofCases cases;
  private final EvidenceMapper evidence;
  private final EvidenceViews views;
  private final EvidenceProperties properties;
  private final Clock clock;

  ApplicationProofs(
      ProofCases cases,
      EvidenceMapper evidence,
      EvidenceViews views,
      EvidenceProperties properties,
      Clock clock) {
    this.cases = cases;
    this.evidence = evidence;
    this.views = views;
    this.properties = properties;
    this.clock = clock;
  }

  /** The application's proof materials, for whoever may see the application. */
  @Transactional(readOnly = true)
  ProofsResponse of(String applicationId) {
    ProofCase visible = cases.visible(applicationId);
    ApplicationSummary application = visible.application();
    Enterprise enterprise = cases.enterprise(visible);
    boolean draft = application.status() == ApplicationStatus.DRAFT;
    List<ProofStanding> standings = cases.standings(visible);
    Map<String, BasisRow> fixed = new HashMap<>();
    evidence.findBases(application.id()).forEach(b -> fixed.put(b.materialCode(), b));
    boolean commitmentsAllowed =
        standings.isEmpty()
            ? cases.commitmentsAllowed(application.enterpriseId())
            : standings.get(0).commitmentsAllowed();
    List<ProofMaterialResponse> proofs =
        standings.stream()
            .map(s -> proof(s, draft, fixed.get(s.material().code()), enterprise))
            .toList();
    return new ProofsResponse(
        application.id(),
        application.number(),
        application.status(),
        new EnterpriseRef(enterprise.creditCode(), enterprise.name()),
        commitmentsAllowed,
        commitmentsAllowed ? null : views.message("evidence.notice.dishonest", null),
        proofs);
  }

  private ProofMaterialResponse proof(
      ProofStanding s, boolean draft, BasisRow fixed, Enterprise enterprise) {
    ProofBasis basis = draft ? s.basis() : fixed != null ? fixed.basis() : submittedBasis(s);
    ProofState state;
    ApplicantAction action = null;
    if (basis != null) {
      state =
          switch (basis) {
            case EVIDENCE -> ProofState.CONSENTED;
            case COMMITMENT -> ProofState.SIGNED;
            case UPLOAD -> ProofState.UPLOADED;
            case ABOLISHED, DEPARTMENT_VERIFICATION -> ProofState.NOTHING_TO_DO;
          };
    } else if (!draft) {
      state = ProofState.NOT_PROVIDED;
    } else {
      ProofAction need = s.need();
      boolean sharedFailed = s.disposition() == Disposition.DATA_SHARING && s.failed();
      boolean awaitingConsent =
          need == ProofAction.CONSENT
              && s.latest() != null
              && s.latest().found()
              && !clock
                  .instant()
                  .isAfter(s.latest().fetchedAt().plus(properties.previewValidity()));
      state =
          switch (need) {
            case UPLOAD -> sharedFailed ? ProofState.FAILED : ProofState.AWAITING_UPLOAD;
            case SIGN -> sharedFailed ? ProofState.FAILED : ProofState.AWAITING_SIGNATURE;
            case CONSENT ->
                awaitingConsent ? ProofState.AWAITING_CONSENT : ProofState.AWAITING_PREVIEW;
          };
      action =
          switch (need) {
            case UPLOAD -> ApplicantAction.UPLOAD;
            case SIGN -> ApplicantAction.SIGN;
            case CONSENT -> awaitingConsent ? ApplicantAction.CONSENT : ApplicantAction.PREVIEW;
          };
    }
    // a preview nobody consented to is the applicant's business while drafting, nothing more
    FetchRow preview =
        draft && s.latest() != null && s.latest().found() && !s.latest().consented()
            ? s.latest()
            : null;
    Long reliedOnSignature = fixed == null ? null : fixed.commitmentId();
    return new ProofMaterialResponse(
        s.material().code(),
        s.material().name(),
        s.material().required(),
        s.proof().code(),
        s.proof().terms().name(),
        s.proof().terms().issuingAuthority(),
        s.disposition(),
        state,
        action,
        basis != null,
        basis,
        s.proof().terms().evidenceType(),
        s.proof().terms().provider(),
        s.proof().terms().fallback(),
        draft && s.uploadAllowed(),
        draft && s.signingOffered() && s.signature() == null,
        draft && s.signingOffered() && s.signature() == null
            ? CommitmentTextResponse.of(s.proof().commitment())
            : null,
        preview == null ? null : views.fetch(preview, s.proof(), null),
        s.consented() == null ? null : views.fetch(s.consented(), s.proof(), null),
        s.lastFailure() == null ? null : views.fetch(s.lastFailure(), s.proof(), draft ? s : null),
        s.signature() == null
            ? null
            : views.signature(
                s.signature(),
                enterprise,
                draft ? null : s.signature().id().equals(reliedOnSignature)),
        draft ? notice(s, state) : null);
  }

  /** A submitted application without a fixed basis (submitted before these rules): uploads only. */
  private static ProofBasis submittedBasis(ProofStanding s) {
    return switch (s.disposition()) {
      case ABOLISHED -> ProofBasis.ABOLISHED;
      case DEPARTMENT_VERIFICATION -> ProofBasis.DEPARTMENT_VERIFICATION;
      default -> s.uploaded() ? ProofBasis.UPLOAD : null;
    };
  }

  private String notice(ProofStanding s, ProofState state) {
    if (state == ProofState.FAILED) {
      return views.fallbackMessage(s);
    }
    if (s.disposition() == Disposition.COMMITMENT && !s.commitmentsAllowed()) {
      return views.message(
          "evidence.notice.commitmentNotAllowed", new Object[] {s.material().name()});
    }
    return null;
  }
}
