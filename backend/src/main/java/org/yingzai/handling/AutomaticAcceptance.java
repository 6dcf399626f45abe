package org.yingzai.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.HandlingType;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.Times;

/**
 * The acceptance the law makes (行政许可法 §32): an application neither accepted nor returned within
 * five working days of its receipt counts as accepted on the day it was received.
 */
@Service
class AutomaticAcceptance {

  private final ApplicationProgress applications;
  private final ClockStarts clocks;
  private final AuditTrail audit;

  AutomaticAcceptance(ApplicationProgress applications, ClockStarts clocks, AuditTrail audit) {
    this.applications = applications;
    this.clocks = clocks;
    this.audit = audit;
  }

  /** Accepts the application as of {@code receivedAt}; called by the process's timer. */
  @Transactional
  void accept(String applicationId, Instant receivedAt) {
    ApplicationSummary application = applications.lock(applicationId);
    if (application.status() != ApplicationStatus.SUBMITTED) {
      throw new IllegalStateException(
          "Application " + applicationId + " is " + application.status() + ", not at acceptance");
    }
    boolean instant = application.handlingType() == HandlingType.INSTANT;
    ApplicationStatus status =
        instant ? ApplicationStatus.AWAITING_DECISION : ApplicationStatus.UNDER_REVIEW;
    applications.acceptAutomatically(applicationId, receivedAt, status);
    clocks.start(
        application,
        LocalDate.ofInstant(receivedAt, Times.ZONE),
        ClockLegalBasis.ACCEPTED_AUTOMATICALLY,
        CurrentUser.SYSTEM);
    // run by the engine's job with nobody signed in: the trail names the system as the actor
    audit.record(
        TaskAuditAction.ACCEPTED_AUTOMATICALLY,
        AuditObject.application(applicationId),
        null,
        Map.of("receivedAt", receivedAt, "status", status));
  }
}
