package org.yingzai.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.evidence.EvidenceMapper.BasisRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.evidence.ProofsResponse.ApplicantAction;
import org.yingzai.evidence.ProofsResponse.ProofMaterialResponse;
import org.yingzai.evidence.ProofsResponse.ProofState;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * Shared evidence for an application's proofs (数据共享核验): the applicant previews what a provider
 * holds, then consents to attach exactly that; a provider's failure is recorded and answered with
 * its reason and the fallback the catalogue names.
 */
@Service
class EvidenceService {

  private static final int MAX_FAILURE_DETAIL = 500;
  private static final int MAX_SOURCE = 200;

  private final ApplicationAccess applications;
  private final Catalog catalog;
  private final Enterprises enterprises;
  private final CertificateFreeRules rules;
  private final EvidenceProviders providers;
  private final EvidenceMapper evidence;
  private final EvidenceViews views;
  private final EvidenceProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;

  EvidenceService(
      ApplicationAccess applications,
      Catalog catalog,
      Enterprises enterprises,
      CertificateFreeRules rules,
      EvidenceProviders providers,
      EvidenceMapper evidence,
      EvidenceViews views,
      EvidenceProperties properties,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.applications = applications;
    this.catalog = catalog;
    this.enterprises = enterprises;
    this.rules = rules;
    this.providers = providers;
    this.evidence = evidence;
    this.views = views;
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** The application's proof materials, for whoever may see the application. */
  @Transactional(readOnly = true)
  ProofsResponse proofs(String applicationId) {
    ApplicationSummary application = applications.visible(applicationId);
    ServiceItem item = catalog.requireItem(application.itemCode());
    Enterprise enterprise = enterprises.requireById(application.enterpriseId());
    boolean draft = application.status() == ApplicationStatus.DRAFT;
    List<ProofStanding> standings = rules.standings(context(application, item));
    Map<String, BasisRow> fixed = new HashMap<>();
    evidence.findBases(application.id()).forEach(b -> fixed.put(b.materialCode(), b));
    boolean commitmentsAllowed =
        standings.isEmpty()
            ? rules.commitmentsAllowed(application.enterpriseId())
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

  /**
   * Fetches the evidence of a shared-data proof now and keeps it as a preview: nothing is attached
   * until the applicant consents. A failure is kept too, and answered with its reason and the
   * fallback now offered. The provider is asked outside any transaction.
   */
  EvidenceResponse preview(String applicationId, String materialCode) {
    ApplicationSummary application = applications.ownDraft(applicationId);
    ServiceItem item = catalog.requireItem(application.itemCode());
    Material material = sharedMaterial(item, materialCode);
    Proof proof = catalog.proofsOf(item).get(material.code());
    String creditCode = enterprises.requireById(application.enterpriseId()).creditCode();
    EvidenceResult result = providers.fetch(proof.provider(), creditCode, proof.evidenceType());
    Instant now = clock.instant();
    String user = CurrentUser.get().username();
    return transaction.execute(
        status -> {
          applications.lockOwnDraft(application.id());
          evidence.insertFetch(
              row(application.id(), material, proof, creditCode, result, now, user));
          long id = evidence.lastInsertId();
          ProofStanding standing = standing(application, item, material);
          return views.fetch(evidence.findFetch(application.id(), id), proof, standing);
        });
  }

  /**
   * Attaches the evidence of a preview with the applicant's consent: the preview must be the latest
   * of the material, made by the same user and not older than the preview validity.
   */
  @Transactional
  EvidenceResponse consent(
      String applicationId, String materialCode, long previewId, Origin origin) {
    ApplicationSummary application = applications.lockOwnDraft(applicationId);
    ServiceItem item = catalog.requireItem(application.itemCode());
    Material material = sharedMaterial(item, materialCode);
    Proof proof = catalog.proofsOf(item).get(material.code());
    FetchRow preview = evidence.findFetch(application.id(), previewId);
    if (preview == null || !preview.materialCode().equals(material.code())) {
      throw ProblemException.notFound("EVIDENCE_PREVIEW_NOT_FOUND", previewId, material.code());
    }
    if (preview.consented()) {
      return views.fetch(preview, proof, null);
    }
    if (!preview.found()) {
      throw ProblemException.conflict("EVIDENCE_PREVIEW_FAILED", previewId);
    }
    ProofStanding standing = standing(application, item, material);
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
    return views.fetch(evidence.findFetch(application.id(), preview.id()), proof, null);
  }

  private ProofStanding standing(
      ApplicationSummary application, ServiceItem item, Material material) {
    return rules.standing(context(application, item), material.code()).orElseThrow();
  }

  private ProofContext context(ApplicationSummary application, ServiceItem item) {
    return new ProofContext(
        application.id(),
        application.enterpriseId(),
        item,
        applications.uploadedMaterialCodes(application.id()));
  }

  private ProofMaterialResponse proof(
      ProofStanding s, boolean draft, BasisRow fixed, Enterprise enterprise) {
    ProofBasis basis =
        draft ? s.basis() : fixed != null ? ProofBasis.valueOf(fixed.basis()) : submittedBasis(s);
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
        s.proof().name(),
        s.proof().issuingAuthority(),
        s.disposition(),
        state,
        action,
        basis != null,
        basis,
        s.proof().evidenceType(),
        s.proof().provider(),
        s.proof().fallback(),
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

  private Material sharedMaterial(ServiceItem item, String materialCode) {
    Material material =
        item.material(materialCode)
            .orElseThrow(
                () -> ProblemException.badRequest("MATERIAL_UNKNOWN", materialCode, item.code()));
    if (material.kind() != MaterialKind.PROOF
        || material.disposition() != Disposition.DATA_SHARING) {
      throw ProblemException.badRequest("EVIDENCE_NOT_SHARED", material.code(), material.name());
    }
    return material;
  }

  private static FetchRow row(
      String applicationId,
      Material material,
      Proof proof,
      String creditCode,
      EvidenceResult result,
      Instant now,
      String user) {
    if (result instanceof Found found) {
      String json = EvidenceViews.writeFields(found.fields());
      return new FetchRow(
          null,
          applicationId,
          material.code(),
          proof.code(),
          proof.evidenceType(),
          proof.provider(),
          creditCode,
          FetchRow.FOUND,
          null,
          null,
          truncate(found.source(), MAX_SOURCE),
          json,
          Sha256.of(json),
          found.fetchedAt(),
          user,
          null,
          null,
          null,
          null);
    }
    Failed failed = (Failed) result;
    return new FetchRow(
        null,
        applicationId,
        material.code(),
        proof.code(),
        String.valueOf(proof.evidenceType()),
        String.valueOf(proof.provider()),
        creditCode,
        FetchRow.FAILED,
        failed.reason().name(),
        truncate(failed.detail(), MAX_FAILURE_DETAIL),
        null,
        null,
        null,
        now,
        user,
        null,
        null,
        null,
        null);
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
