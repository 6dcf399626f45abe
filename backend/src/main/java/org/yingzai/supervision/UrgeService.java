package org.yingzai.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;
import org.yingzai.supervision.UrgeMapper.UrgeRow;

/** Urging (督办): supervisors push late or at-risk work; the department answers in writing. */
@Service
class UrgeService {

  private final UrgeMapper urges;
  private final ApplicationProgress applications;
  private final Clock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  UrgeService(
      UrgeMapper urges,
      ApplicationProgress applications,
      Clock clock,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.urges = urges;
    this.applications = applications;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  UrgeResponse urge(String applicationId, String reason) {
    AuthenticatedUser supervisor = CurrentUser.get();
    ApplicationSummary application = applications.summary(applicationId);
    if (application.status() == ApplicationStatus.DRAFT) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (application.status().isFinished()) {
      throw ProblemException.conflict("APPLICATION_FINISHED", application.number());
    }
    Instant urgedAt = clock.instant();
    urges.insert(
        new UrgeRow(
            null,
            application.id(),
            application.departmentCode(),
            supervisor.username(),
            urgedAt,
            reason.strip(),
            null,
            null,
            null,
            null,
            null));
    long id = urges.lastInsertId();
    audit.record(
        UrgeAuditAction.URGED,
        urge(id, application.id()),
        reason.strip(),
        Map.of("urge", id, "department", application.departmentCode()));
    events.publishEvent(
        new ApplicationUrged(
            id,
            application.id(),
            application.number(),
            application.itemName(),
            application.departmentCode(),
            supervisor.username(),
            urgedAt,
            reason.strip()));
    return response(urges.findById(id));
  }

  @Transactional
  UrgeResponse answer(long urgeId, String feedback) {
    AuthenticatedUser clerk = CurrentUser.get();
    UrgeRow urge = urges.lockById(urgeId);
    if (urge == null || !urge.departmentCode().equals(clerk.departmentCode())) {
      throw ProblemException.notFound("URGE_NOT_FOUND", urgeId);
    }
    if (urge.answeredAt() != null) {
      throw ProblemException.conflict("URGE_ALREADY_ANSWERED", urge.answeredBy());
    }
    urges.answer(urgeId, clerk.username(), clock.instant(), feedback.strip());
    audit.record(
        UrgeAuditAction.URGE_ANSWERED,
        urge(urgeId, urge.applicationId()),
        feedback.strip(),
        Map.of("urge", urgeId, "department", urge.departmentCode()));
    return response(urges.findById(urgeId));
  }

  private static AuditObject urge(long id, String applicationId) {
    return AuditObject.ofApplication("urge", String.valueOf(id), applicationId);
  }

  /** Supervisors: every department's urges, or one department's. */
  @Transactional(readOnly = true)
  PageResponse<UrgeResponse> all(String departmentCode, Boolean open, PageRequest page) {
    return page(departmentCode, open, page);
  }

  /** Supervisors: the urges of one application, newest first, each with its feedback. */
  @Transactional(readOnly = true)
  List<UrgeResponse> ofApplication(String applicationId) {
    return urges.findByApplication(applicationId).stream().map(this::response).toList();
  }

  /** Supervisors: every urge of the list, newest first, for an export. */
  @Transactional(readOnly = true)
  void each(String departmentCode, Boolean open, Consumer<UrgeResponse> rows) {
    int size = 1_000;
    for (int page = 0; page < WatchListService.EXPORT_LIMIT / size; page++) {
      List<UrgeRow> batch = urges.findPage(departmentCode, open, (long) page * size, size);
      batch.stream().map(this::response).forEach(rows);
      if (batch.size() < size) {
        return;
      }
    }
  }

  /** Clerks: the urges to their own department. */
  @Transactional(readOnly = true)
  PageResponse<UrgeResponse> ofMyDepartment(Boolean open, PageRequest page) {
    return page(CurrentUser.get().departmentCode(), open, page);
  }

  private PageResponse<UrgeResponse> page(String departmentCode, Boolean open, PageRequest page) {
    return PageResponse.read(
        urges.findPage(departmentCode, open, page.offset(), page.size()).stream()
            .map(this::response)
            .toList(),
        page,
        () -> urges.count(departmentCode, open));
  }

  // the rows carry their application's number and item name: one query for a page of urges
  private UrgeResponse response(UrgeRow row) {
    return new UrgeResponse(
        row.id(),
        row.applicationId(),
        row.applicationNumber(),
        row.itemName(),
        row.departmentCode(),
        row.urgedBy(),
        Times.local(row.urgedAt()),
        row.reason(),
        row.answeredBy(),
        Times.local(row.answeredAt()),
        row.feedback());
  }
}
