package org.yingzai.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.Proof;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.EvidenceMapper.FetchSubject;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.Sha256;

/**
 * Shared evidence fetched for a draft's proof (数据共享核验) and kept as a preview: nothing is attached
 * until the applicant consents. A provider's failure is kept too, and answered with its reason and
 * the fallback the catalogue names. Each fetch, found or failed, is in the audit trail.
 */
@Service
class EvidencePreviews {

  private static final int MAX_FAILURE_DETAIL = 500;
  private static final int MAX_SOURCE = 200;

  private final ProofCases cases;
  private final EvidenceProviders providers;
  private final EvidenceMapper evidence;
  private final EvidenceViews views;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final AuditTrail audit;

  EvidencePreviews(
      ProofCases cases,
      EvidenceProviders providers,
      EvidenceMapper evidence,
      EvidenceViews views,
      Clock clock,
      PlatformTransactionManager transactionManager,
      AuditTrail audit) {
    this.cases = cases;
    this.providers = providers;
    this.evidence = evidence;
    this.views = views;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactionManager);
    this.audit = audit;
  }

  /**
   * Fetches the evidence of a shared-data proof now and keeps it as a preview. A failure is kept
   * too, and answered with the fallback now offered. The provider is asked outside any transaction.
   */
  EvidenceResponse preview(String applicationId, String materialCode) {
    ProofCase draft = cases.ownDraft(applicationId);
    Material material = cases.sharedMaterial(draft, materialCode);
    Proof proof = cases.proof(draft, material);
    String creditCode = cases.enterprise(draft).creditCode();
    EvidenceResult result =
        providers.fetch(proof.terms().provider(), creditCode, proof.terms().evidenceType());
    Instant now = clock.instant();
    String user = CurrentUser.get().username();
    // the columns are NOT NULL: a proof the catalogue left without them still records its failure
    FetchSubject subject =
        new FetchSubject(
            draft.applicationId(),
            material.code(),
            proof.code(),
            String.valueOf(proof.terms().evidenceType()),
            String.valueOf(proof.terms().provider()),
            creditCode);
    return transaction.execute(
        status -> {
          cases.lock(draft);
          FetchRow fetch = row(subject, result, now, user);
          evidence.insertFetch(fetch);
          long id = evidence.lastInsertId();
          ProofStanding standing = cases.standing(draft, material.code()).orElseThrow();
          audit.record(
              EvidenceAuditAction.EVIDENCE_FETCHED,
              AuditObject.ofApplication(
                  "evidence-fetch", String.valueOf(id), draft.applicationId()),
              null,
              change(fetch, standing));
          return views.fetch(evidence.findFetch(draft.applicationId(), id), proof, standing);
        });
  }

  private static FetchRow row(FetchSubject subject, EvidenceResult result, Instant now, String by) {
    if (result instanceof Found found) {
      String json = EvidenceViews.writeFields(found.fields());
      return FetchRow.found(
          subject,
          truncate(found.source(), MAX_SOURCE),
          json,
          Sha256.of(json),
          found.fetchedAt(),
          by);
    }
    Failed failed = (Failed) result;
    return FetchRow.failed(
        subject, failed.reason(), truncate(failed.detail(), MAX_FAILURE_DETAIL), now, by);
  }

  // a failure names the fallback it now offers: the applicant's next step is an upload or a
  // signature
  private static Map<String, Object> change(FetchRow fetch, ProofStanding standing) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("materialCode", fetch.materialCode());
    change.put("proofCode", fetch.proofCode());
    change.put("provider", fetch.provider());
    change.put("outcome", fetch.outcome());
    if (fetch.outcome() == FetchOutcome.FOUND) {
      change.put("fieldsSha256", fetch.fieldsSha256());
    } else {
      change.put("failureReason", fetch.failureReason());
      change.put("fallback", standing.fallbackAction());
    }
    return change;
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
