package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * What the steps of the handling do to an application: the timeline entry, the new status, the
 * acceptance or finishing time, and the events a decision, a revocation or a withdrawal publishes.
 */
@Component
class StepRecords {

  /** Texts the service hall writes into records itself are in its first language. */
  private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

  private final ApplicationMapper mapper;
  private final Timeline timeline;
  private final Catalog catalog;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final ApplicationMetrics metrics;

  StepRecords(
      ApplicationMapper mapper,
      Timeline timeline,
      Catalog catalog,
      Clock clock,
      ApplicationEventPublisher events,
      MessageSource messages,
      ApplicationMetrics metrics) {
    this.mapper = mapper;
    this.timeline = timeline;
    this.catalog = catalog;
    this.clock = clock;
    this.events = events;
    this.messages = messages;
    this.metrics = metrics;
  }

  void record(
      String applicationId,
      Step step,
      String action,
      ApplicationStatus newStatus,
      boolean accepts,
      String comment) {
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(applicationId, step, action, actor, comment);
    if (accepts) {
      mapper.markAccepted(applicationId, clock.instant());
    }
    if (newStatus.isFinished()) {
      mapper.markFinished(applicationId, newStatus, clock.instant());
    } else {
      mapper.updateStatus(applicationId, newStatus);
    }
    if (newStatus == ApplicationStatus.APPROVED || newStatus == ApplicationStatus.DENIED) {
      ApplicationRow row = mapper.findById(applicationId);
      metrics.completed(newStatus, row.submittedAt(), clock.instant());
      events.publishEvent(
          new ApplicationDecided(
              applicationId,
              newStatus,
              row.enterpriseId(),
              row.departmentCode(),
              row.itemCode(),
              clock.instant(),
              comment));
    } else if (newStatus == ApplicationStatus.NOT_ACCEPTED) {
      ApplicationRow row = mapper.findById(applicationId);
      metrics.completed(newStatus, row.submittedAt(), clock.instant());
      events.publishEvent(
          new ApplicationNotAccepted(
              applicationId,
              row.enterpriseId(),
              row.departmentCode(),
              row.itemCode(),
              clock.instant(),
              comment));
    }
  }

  void recordVerified(String applicationId, String comment) {
    timeline.add(applicationId, Step.VERIFY, "VERIFIED", CurrentUser.get(), comment);
  }

  void recordRectification(String applicationId, Step step, String action, String comment) {
    timeline.add(applicationId, step, action, CurrentUser.get(), comment);
  }

  void revoke(String applicationId, String reason) {
    ApplicationRow row = mapper.lockById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (row.status() != ApplicationStatus.APPROVED) {
      throw ProblemException.conflict("APPLICATION_NOT_REVOCABLE", row.number(), row.status());
    }
    timeline.add(applicationId, Step.VERIFY, "REVOKED", CurrentUser.get(), reason);
    mapper.updateStatus(applicationId, ApplicationStatus.REVOKED);
    events.publishEvent(
        new ApplicationRevoked(
            applicationId,
            row.number(),
            catalog.requireItemName(row.itemCode()),
            row.enterpriseId(),
            reason));
  }

  /**
   * The applicant withdrew the application from {@code row}'s status at {@code step}, with the
   * reason: the timeline entry, the status, and {@link ApplicationWithdrawn}.
   */
  void withdraw(ApplicationRow row, Step step, String reason, List<String> openGroups) {
    Instant now = clock.instant();
    timeline.add(row.id(), step, "WITHDRAWN", CurrentUser.get(), reason);
    mapper.markFinished(row.id(), ApplicationStatus.WITHDRAWN, now);
    events.publishEvent(
        new ApplicationWithdrawn(
            row.id(),
            row.number(),
            catalog.requireItemName(row.itemCode()),
            row.departmentCode(),
            row.enterpriseId(),
            row.status(),
            reason,
            openGroups,
            now));
  }

  void recordSpecialProcedure(
      String applicationId,
      String action,
      String procedure,
      ApplicationStatus newStatus,
      String comment) {
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(
        applicationId,
        Step.REVIEW,
        action,
        actor.username(),
        actor.displayName(),
        comment,
        procedure,
        null);
    mapper.updateStatus(applicationId, newStatus);
  }

  void recordExtension(String applicationId, Step step, int days, String reason) {
    AuthenticatedUser actor = CurrentUser.get();
    timeline.add(
        applicationId, step, "EXTENDED", actor.username(), actor.displayName(), reason, null, days);
  }

  void acceptAutomatically(String applicationId, Instant receivedAt, ApplicationStatus newStatus) {
    String receivedOn = LocalDate.ofInstant(receivedAt, Times.ZONE).toString();
    timeline.add(
        applicationId,
        Step.ACCEPT,
        "ACCEPTED_AUTOMATICALLY",
        CurrentUser.SYSTEM,
        messages.getMessage("applications.actor.system", null, RECORDS),
        messages.getMessage(
            "applications.timeline.ACCEPTED_AUTOMATICALLY", new Object[] {receivedOn}, RECORDS),
        null,
        null);
    mapper.markAccepted(applicationId, receivedAt);
    mapper.updateStatus(applicationId, newStatus);
  }
}
