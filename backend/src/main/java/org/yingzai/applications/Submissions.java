package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/** Submitting a complete draft, once per Idempotency-Key: a repeat answers the first. */
@Service
class Submissions {

  private final ApplicationAccess access;
  private final MissingMaterials missingMaterials;
  private final ApprovalStart approvals;
  private final Idempotency idempotency;
  private final ApplicationViews views;
  private final Clock clock;
  private final AuditTrail audit;
  private final Intakes intakes;

  Submissions(
      ApplicationAccess access,
      MissingMaterials missingMaterials,
      ApprovalStart approvals,
      Idempotency idempotency,
      ApplicationViews views,
      Clock clock,
      AuditTrail audit,
      Intakes intakes) {
    this.intakes = intakes;
    this.access = access;
    this.missingMaterials = missingMaterials;
    this.approvals = approvals;
    this.idempotency = idempotency;
    this.views = views;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * @throws ProblemException 400 {@code MATERIALS_MISSING} naming everything missing at once; 409
   *     {@code APPLICATION_ALREADY_SUBMITTED}
   */
  @Transactional
  ApplicationResponse submit(String applicationId, String idempotencyKey) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = access.lockOwned(applicationId);
    String requestHash = Sha256.of(applicationId);
    if (idempotencyKey != null
        && idempotency.earlier(user, idempotencyKey, Idempotency.Operation.SUBMIT, requestHash)
            != null) {
      return views.current(row.id());
    }
    if (row.status() != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("APPLICATION_ALREADY_SUBMITTED", row.number());
    }
    if (row.jointGroup() != null) {
      // a bundle's item is submitted with the bundle, never alone
      throw ProblemException.conflict("APPLICATION_SUBMITTED_WITH_ITS_GROUP");
    }
    ProofContext context = missingMaterials.requireComplete(row);
    intakes.requireReady(row);
    Instant now = clock.instant();
    approvals.start(row, context, user, now);
    if (idempotencyKey != null) {
      idempotency.remember(
          user, idempotencyKey, Idempotency.Operation.SUBMIT, requestHash, row.id(), now);
    }
    ApplicationResponse submitted = views.current(row.id());
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("number", submitted.number());
    change.put("itemCode", submitted.itemCode());
    change.put("status", submitted.status());
    audit.record(ApplicationAuditAction.SUBMITTED, AuditObject.application(row.id()), null, change);
    return submitted;
  }

  /** A submit that lost the race for its Idempotency-Key answers what the winner did. */
  @Transactional(readOnly = true)
  ApplicationResponse replay(String idempotencyKey) {
    return views.current(
        idempotency.winner(CurrentUser.get(), idempotencyKey, Idempotency.Operation.SUBMIT));
  }
}
