package org.yingzai.handling;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.Step;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.clock.ClockLedger;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.clock.ClockState;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Extending the time limit (行政许可法 §42): a deciding officer of the department, with a written
 * reason, at review or decision, within the item's maximum; the applicant sees it on the clock and
 * the timeline.
 */
@Service
class Extensions {

  private final ApplicationProgress applications;
  private final ClockLedger clocks;
  private final Clock clock;
  private final AuditTrail audit;

  Extensions(ApplicationProgress applications, ClockLedger clocks, Clock clock, AuditTrail audit) {
    this.applications = applications;
    this.clocks = clocks;
    this.clock = clock;
    this.audit = audit;
  }

  /** Whether the clerk may extend time limits in their department. */
  static boolean mayExtend(AuthenticatedUser user) {
    return user.hasDuty(user.departmentCode(), StandardApproval.DUTY_DECIDE);
  }

  /** Whether the clerk may extend the limit of an application of their department now. */
  static boolean extendable(AuthenticatedUser user, ApplicationStatus status) {
    return mayExtend(user) && stepOf(status).isPresent();
  }

  /** The step an extension is recorded at: only at review or decision. */
  private static Optional<Step> stepOf(ApplicationStatus status) {
    return switch (status) {
      case UNDER_REVIEW, PAUSED -> Optional.of(Step.REVIEW);
      case AWAITING_DECISION -> Optional.of(Step.DECIDE);
      default -> Optional.empty();
    };
  }

  @Transactional
  ExtensionResponse extend(String applicationId, ExtensionRequest request) {
    AuthenticatedUser clerk = WorkQueue.clerk();
    ApplicationSummary application = applications.lock(applicationId);
    if (application.status() == ApplicationStatus.DRAFT
        || !clerk.hasDuty(application.departmentCode(), StandardApproval.DUTY_DECIDE)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    Step step =
        stepOf(application.status())
            .orElseThrow(
                () ->
                    ProblemException.conflict("APPLICATION_NOT_EXTENDABLE", application.status()));
    String reason = StringUtils.hasText(request.reason()) ? request.reason().strip() : null;
    if (reason == null) {
      throw ProblemException.badRequest("EXTENSION_REASON_REQUIRED");
    }
    ClockState before =
        clocks
            .state(applicationId)
            .orElseThrow(() -> ProblemException.conflict("CLOCK_NOT_STARTED"));
    int left = before.maxExtension() - before.extendedDays();
    if (request.days() > left) {
      throw ProblemException.badRequest("EXTENSION_EXCEEDS_MAXIMUM", request.days(), left);
    }
    ClockState after =
        clocks.extend(
            applicationId, request.days(), ClockLegalBasis.EXTENDED, reason, clerk.username());
    applications.updateClock(applicationId, after);
    applications.recordExtension(applicationId, step, request.days(), reason);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("step", step);
    change.put("days", request.days());
    change.put("extendedDays", after.extendedDays());
    change.put("deadline", after.deadline());
    audit.record(TaskAuditAction.EXTENDED, AuditObject.application(applicationId), reason, change);
    return new ExtensionResponse(
        applicationId,
        application.number(),
        step,
        request.days(),
        reason,
        clerk.username(),
        Times.local(clock.instant()),
        after.deadline(),
        after);
  }
}
