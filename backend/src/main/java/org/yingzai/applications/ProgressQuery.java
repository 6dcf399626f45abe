package org.yingzai.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.catalog.Catalog;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The public progress query: an application's number and its query code open where it stands, for
 * anyone who holds both. An unknown number and a wrong code are refused alike, and an address that
 * sends too many wrong pairs is throttled.
 */
@Service
class ProgressQuery {

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final ProgressThrottle throttle;
  private final Clock clock;
  private final WorkingCalendar calendar;

  ProgressQuery(
      ApplicationMapper mapper,
      Catalog catalog,
      ProgressThrottle throttle,
      Clock clock,
      WorkingCalendar calendar) {
    this.calendar = calendar;
    this.mapper = mapper;
    this.catalog = catalog;
    this.throttle = throttle;
    this.clock = clock;
  }

  /**
   * Where the application with this number stands, if the query code is its own.
   *
   * @throws ProblemException {@code 400 PROGRESS_QUERY_INCOMPLETE} without a number or a code (not
   *     counted as a failure), {@code 404 PROGRESS_NOT_FOUND} for an unknown number or a wrong
   *     code, {@code 429 PROGRESS_THROTTLED} ({@link ProgressThrottle.Throttled}) after too many of
   *     them
   */
  @Transactional(readOnly = true)
  ProgressResponse find(String number, String queryCode, String clientAddress) {
    if (number == null || number.isBlank() || queryCode == null || queryCode.isBlank()) {
      throw ProblemException.badRequest("PROGRESS_QUERY_INCOMPLETE");
    }
    Instant now = clock.instant();
    throttle.check(clientAddress, now);
    ApplicationRow row = mapper.findByNumber(number.strip().toUpperCase(Locale.ROOT));
    // compared even without a row, so that an unknown number takes the time of a wrong code
    boolean matches =
        QueryCodes.matches(
            row == null ? QueryCodes.next() : row.queryCode(), QueryCodes.normalize(queryCode));
    if (row == null || !matches) {
      throttle.recordFailure(clientAddress, now);
      throw ProblemException.notFound("PROGRESS_NOT_FOUND");
    }
    ApplicationStatus status = row.status();
    return new ProgressResponse(
        row.number(),
        catalog.findItemName(row.itemCode()).orElse(row.itemCode()),
        status,
        currentStep(status),
        Times.local(row.deadline()),
        calendar.isProvisional(row.acceptedAt(), row.deadline()),
        row.warningLevel(),
        Boolean.TRUE.equals(row.clockPaused()));
  }

  /**
   * The step an application waits at, from its status; a finished application waits at none (its
   * status says how it ended).
   */
  static Step currentStep(ApplicationStatus status) {
    return switch (status) {
      case DRAFT, SUBMITTED -> Step.ACCEPT;
      case SUPPLEMENT_REQUESTED -> Step.SUPPLEMENT;
      case ACCEPTED, UNDER_REVIEW, PAUSED -> Step.REVIEW;
      case AWAITING_DECISION -> Step.DECIDE;
      case APPROVED, DENIED, NOT_ACCEPTED, WITHDRAWN, REVOKED -> null;
    };
  }
}
