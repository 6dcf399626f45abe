package org.yingzai.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationDecided;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.evidence.VerificationMapper.VerificationRow;
import org.yingzai.identity.CurrentUser;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.shared.Times;

/**
 * Verification after the decision (事中事后核查): an approval that relied on signed commitments starts
 * the verification process, which draws it at the DMN table's rate; a sampled one is verified by
 * the department, and a false commitment revokes the result and makes a credit record. One
 * collaborator over six: the audit trail, which records each draw and each finding.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class VerificationService {

  private static final Logger log = LoggerFactory.getLogger(VerificationService.class);

  /** The verification deadline of a proof that names none, in working days. */
  static final int DEFAULT_VERIFICATION_DAYS = 20;

  private final VerificationMapper verifications;
  private final Commitments commitments;
  private final CreditRecords creditRecords;
  private final ApplicationProgress applications;
  private final WorkingCalendar calendar;
  private final VerificationSampler sampler;
  private final RuntimeService runtime;
  private final Clock clock;
  private final AuditTrail audit;

  VerificationService(
      VerificationMapper verifications,
      Commitments commitments,
      CreditRecords creditRecords,
      ApplicationProgress applications,
      WorkingCalendar calendar,
      VerificationSampler sampler,
      RuntimeService runtime,
      Clock clock,
      AuditTrail audit) {
    this.verifications = verifications;
    this.commitments = commitments;
    this.creditRecords = creditRecords;
    this.applications = applications;
    this.calendar = calendar;
    this.sampler = sampler;
    this.runtime = runtime;
    this.clock = clock;
    this.audit = audit;
  }

  /** Starts the verification of an approval that relied on commitments, in its transaction. */
  @EventListener
  void on(ApplicationDecided decided) {
    if (decided.status() != ApplicationStatus.APPROVED) {
      return;
    }
    List<SignedCommitment> signed = commitments.signedFor(decided.applicationId());
    if (signed.isEmpty()) {
      return;
    }
    RiskLevel risk =
        signed.stream()
            .map(SignedCommitment::riskLevel)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(RiskLevel.LOW);
    int days =
        signed.stream()
            .map(SignedCommitment::verificationDays)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(DEFAULT_VERIFICATION_DAYS);
    Instant dueAt =
        calendar
            .deadline(
                LocalDate.ofInstant(decided.decidedAt(), Times.ZONE), days, LimitUnit.WORKING_DAYS)
            .deadline()
            .toInstant();
    boolean first = verifications.countForEnterprise(decided.enterpriseId()) == 0;
    runtime.startProcessInstanceByKey(
        CommitmentVerification.PROCESS_KEY,
        decided.applicationId(),
        Variables.createVariables()
            .putValue(CommitmentVerification.VAR_APPLICATION_ID, decided.applicationId())
            .putValue(CommitmentVerification.VAR_DEPARTMENT, decided.departmentCode())
            .putValue(CommitmentVerification.VAR_RISK_LEVEL, risk.name())
            .putValue(CommitmentVerification.VAR_FIRST_COMMITMENT, first)
            .putValue(CommitmentVerification.VAR_VERIFY_DUE_AT, Date.from(dueAt))
            .putValue(CommitmentVerification.VAR_VERIFICATION_DAYS, days)
            .putValue(CommitmentVerification.VAR_ENTERPRISE_ID, decided.enterpriseId())
            .putValue(CommitmentVerification.VAR_APPROVED_AT, Date.from(decided.decidedAt())));
  }

  /** Draws the approval against the rate and records the draw; true when it is to be verified. */
  boolean draw(
      String applicationId,
      long enterpriseId,
      String departmentCode,
      RiskLevel risk,
      boolean firstCommitment,
      double rate,
      Instant approvedAt,
      Instant dueAt) {
    double draw = sampler.draw(applicationId);
    boolean sampled = draw < rate;
    verifications.insert(
        new VerificationRow(
            applicationId,
            enterpriseId,
            departmentCode,
            risk,
            firstCommitment,
            BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_UP),
            draw,
            sampled,
            sampled ? VerificationStatus.PENDING : VerificationStatus.NOT_SAMPLED,
            approvedAt,
            clock.instant(),
            sampled ? dueAt : null,
            null,
            null,
            null));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("rate", rate);
    change.put("draw", draw);
    change.put("sampled", sampled);
    change.put("riskLevel", risk);
    audit.record(EvidenceAuditAction.VERIFICATION_DRAWN, verification(applicationId), null, change);
    log.info(
        "Application {} drawn for verification: rate {}, draw {}, sampled {}",
        applicationId,
        rate,
        draw,
        sampled);
    return sampled;
  }

  /** The verifier found the commitments true. */
  void verified(String applicationId, String comment) {
    finish(applicationId, VerificationStatus.VERIFIED, comment);
    applications.recordVerified(applicationId, comment);
  }

  /** A commitment was false: the result is revoked and the enterprise gets a credit record. */
  void revoke(String applicationId, String reason) {
    finish(applicationId, VerificationStatus.REVOKED, reason);
    applications.revoke(applicationId, reason);
    creditRecords.recordFalseCommitment(applicationId, reason, CurrentUser.get().username());
  }

  private void finish(String applicationId, VerificationStatus status, String comment) {
    int updated =
        verifications.finish(
            applicationId, status, clock.instant(), CurrentUser.get().username(), comment);
    if (updated != 1) {
      throw new IllegalStateException("Verification of " + applicationId + " is not pending");
    }
    audit.record(
        EvidenceAuditAction.VERIFICATION_FINISHED,
        verification(applicationId),
        comment,
        Map.of("status", status));
  }

  private static AuditObject verification(String applicationId) {
    return AuditObject.ofApplication("verification", applicationId, applicationId);
  }
}
