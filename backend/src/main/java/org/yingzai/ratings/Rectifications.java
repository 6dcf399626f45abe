package org.yingzai.ratings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.Step;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.handling.StepLevelChanged;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.processes.Rectification;
import org.yingzai.ratings.RectificationMapper.RectificationFilter;
import org.yingzai.ratings.RectificationMapper.RectificationRow;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The rectification a bad rating opens (国办发〔2019〕51号): the department's window clerks call the
 * applicant back within 1 working day and rectify within 15, both counted from the rating day, each
 * as a task on their work queue whose step timers turn it YELLOW and RED like any step; the written
 * handling answers the applicant, who may then rate again.
 */
@Service
class Rectifications {

  private final RectificationMapper mapper;
  private final RuntimeService runtime;
  private final ApplicationProgress applications;
  private final ApplicationAccess access;
  private final WorkingCalendar calendar;
  private final Catalog catalog;
  private final AuditTrail audit;
  private final Clock clock;

  Rectifications(
      RectificationMapper mapper,
      RuntimeService runtime,
      ApplicationProgress applications,
      ApplicationAccess access,
      WorkingCalendar calendar,
      Catalog catalog,
      AuditTrail audit,
      Clock clock) {
    this.mapper = mapper;
    this.runtime = runtime;
    this.applications = applications;
    this.access = access;
    this.calendar = calendar;
    this.catalog = catalog;
    this.audit = audit;
    this.clock = clock;
  }

  /** Opens the rectification of a bad first rating, in the rating's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  void open(
      long ratingId,
      String applicationId,
      String applicationNumber,
      String department,
      String itemCode,
      Instant ratedAt) {
    RectificationMapper.NewRectification rectification =
        new RectificationMapper.NewRectification(
            applicationId, applicationNumber, ratingId, department, itemCode, ratedAt);
    mapper.insert(rectification);
    long id = rectification.id;
    runtime.startProcessInstanceByKey(
        Rectification.PROCESS_KEY,
        applicationId,
        Variables.createVariables()
            .putValue(Rectification.VAR_APPLICATION_ID, applicationId)
            .putValue(Rectification.VAR_DEPARTMENT, department)
            .putValue(Rectification.VAR_RECTIFICATION_ID, id));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("rating", ratingId);
    change.put("department", department);
    change.put("callbackDeadline", callbackDeadline(ratedAt));
    change.put("deadline", deadline(ratedAt));
    audit.record(RatingAuditAction.RECTIFICATION_OPENED, object(id, applicationId), null, change);
  }

  /** The clerk who finished the call-back task recorded the call; from the process. */
  @Transactional(propagation = Propagation.MANDATORY)
  void calledBack(long id, String note) {
    RectificationRow row = locked(id);
    AuthenticatedUser clerk = CurrentUser.get();
    mapper.markCalledBack(id, now(), clerk.username(), note);
    applications.recordRectification(row.applicationId(), Step.CALL_BACK, "CALLED_BACK", note);
    audit.record(
        RatingAuditAction.CALLED_BACK,
        object(id, row.applicationId()),
        note,
        Map.of("status", RectificationStatus.CALLED_BACK));
  }

  /**
   * The clerk who finished the rectify task gave the written handling, after the call-back: the
   * applicant is answered (told by the timeline's notice) and may rate again; from the process.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void answered(long id, String handling) {
    RectificationRow row = locked(id);
    AuthenticatedUser clerk = CurrentUser.get();
    mapper.markAnswered(id, now(), clerk.username(), handling);
    applications.recordRectification(row.applicationId(), Step.RECTIFY, "RECTIFIED", handling);
    audit.record(
        RatingAuditAction.RECTIFICATION_ANSWERED,
        object(id, row.applicationId()),
        handling,
        Map.of("status", RectificationStatus.ANSWERED));
  }

  /** A step of a rectification changed its level: the case follows, in the same transaction. */
  @EventListener
  void on(StepLevelChanged changed) {
    if (changed.step() == Step.CALL_BACK) {
      mapper.updateCallBackLevel(changed.applicationId(), changed.level());
    } else if (changed.step() == Step.RECTIFY) {
      mapper.updateRectifyLevel(changed.applicationId(), changed.level());
    }
  }

  /**
   * Clerks: their department's; supervisors: every department's, or one's. Open ones are those not
   * yet answered.
   */
  @Transactional(readOnly = true)
  PageResponse<RectificationResponse> list(
      String department, RectificationStatus status, Boolean open, PageRequest page) {
    RectificationFilter filter = filter(department, status, open);
    List<RectificationRow> rows = mapper.findPage(filter, page.offset(), page.size());
    Map<String, ServiceItem> items =
        catalog.itemsByCode(
            rows.stream().map(RectificationRow::itemCode).collect(Collectors.toSet()));
    return PageResponse.read(
        rows.stream().map(row -> response(row, items.get(row.itemCode()))).toList(),
        page,
        () -> mapper.count(filter));
  }

  /**
   * The list the current user may read: a clerk's own department whatever {@code department} says.
   */
  RectificationFilter filter(String department, RectificationStatus status, Boolean open) {
    AuthenticatedUser user = CurrentUser.get();
    return new RectificationFilter(
        user.is(Role.CLERK) ? user.departmentCode() : department, status, open);
  }

  /** Every rectification of the list, oldest first, for an export (at most 100,000). */
  @Transactional(readOnly = true)
  void each(RectificationFilter filter, Consumer<RectificationResponse> rows) {
    int size = 1_000;
    for (int page = 0; page < 100; page++) {
      List<RectificationRow> batch = mapper.findPage(filter, (long) page * size, size);
      Map<String, ServiceItem> items =
          catalog.itemsByCode(
              batch.stream().map(RectificationRow::itemCode).collect(Collectors.toSet()));
      batch.forEach(row -> rows.accept(response(row, items.get(row.itemCode()))));
      if (batch.size() < size) {
        return;
      }
    }
  }

  /** One rectification, for its department's clerks and supervisors. */
  @Transactional(readOnly = true)
  RectificationResponse get(long id) {
    RectificationRow row = mapper.findById(id);
    AuthenticatedUser user = CurrentUser.get();
    if (row == null
        || (user.is(Role.CLERK) && !row.departmentCode().equals(user.departmentCode()))
        || !(user.is(Role.CLERK) || user.is(Role.SUPERVISOR))) {
      throw ProblemException.notFound("RECTIFICATION_NOT_FOUND", id);
    }
    return response(row);
  }

  /** The application's rectification, if a bad rating opened one, for whoever may see it. */
  @Transactional(readOnly = true)
  Optional<RectificationResponse> ofApplication(String applicationId) {
    access.visible(applicationId);
    return Optional.ofNullable(mapper.findByApplication(applicationId)).map(this::response);
  }

  /** Whether the application's rectification is answered, so that its applicant may rate again. */
  boolean answered(String applicationId) {
    RectificationRow row = mapper.findByApplication(applicationId);
    return row != null && row.status() == RectificationStatus.ANSWERED;
  }

  private RectificationResponse response(RectificationRow row) {
    return response(row, catalog.findItem(row.itemCode()).orElse(null));
  }

  private RectificationResponse response(RectificationRow row, ServiceItem item) {
    WarningLevel worse =
        row.callBackLevel().compareTo(row.rectifyLevel()) >= 0
            ? row.callBackLevel()
            : row.rectifyLevel();
    return new RectificationResponse(
        row.id(),
        row.applicationId(),
        row.applicationNumber(),
        row.itemCode(),
        item == null ? row.itemCode() : item.name(),
        row.departmentCode(),
        new RectificationResponse.Rating(
            row.ratingId(), row.ratingLevel(), row.ratingComment(), Times.local(row.ratedAt())),
        row.status(),
        Times.local(row.openedAt()),
        callbackDeadline(row.openedAt()),
        deadline(row.openedAt()),
        worse,
        row.callBackLevel(),
        row.rectifyLevel(),
        Times.local(row.calledBackAt()),
        row.calledBackBy(),
        row.callBackNote(),
        Times.local(row.answeredAt()),
        row.answeredBy(),
        row.handling(),
        row.secondRating());
  }

  // the deadlines are derived from the rating day by today's calendar, as the step timers are armed
  private OffsetDateTime callbackDeadline(Instant openedAt) {
    return calendar
        .deadline(dayOf(openedAt), Rectification.CALL_BACK_DAYS, LimitUnit.WORKING_DAYS)
        .deadline();
  }

  private OffsetDateTime deadline(Instant openedAt) {
    return calendar
        .deadline(dayOf(openedAt), Rectification.RECTIFY_DAYS, LimitUnit.WORKING_DAYS)
        .deadline();
  }

  private static LocalDate dayOf(Instant at) {
    return LocalDate.ofInstant(at, Times.ZONE);
  }

  private RectificationRow locked(long id) {
    if (mapper.lockById(id) == null) {
      throw new IllegalStateException("No rectification " + id);
    }
    return mapper.findById(id);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static AuditObject object(long id, String applicationId) {
    return AuditObject.ofApplication("rectification", Long.toString(id), applicationId);
  }
}
