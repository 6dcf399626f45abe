package org.yingzai.clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.clock.CalendarDayRules.Violation;
import org.yingzai.clock.CalendarMapper.CalendarChangeRow;
import org.yingzai.clock.CalendarRequests.PublishYearRequest;
import org.yingzai.clock.CalendarResponses.ChangeResponse;
import org.yingzai.clock.CalendarResponses.DayResponse;
import org.yingzai.clock.CalendarResponses.YearResponse;
import org.yingzai.clock.CalendarResponses.YearSummaryResponse;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;
import org.yingzai.shared.Times;

/**
 * Reading and maintaining the calendar's years. Every change is one transaction that also appends
 * to the calendar's audit trail; the in-memory calendar is reloaded once it is committed.
 */
@Service
class CalendarService {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;

  static final String PUBLISHED = "PUBLISHED";
  static final String REPLACED = "REPLACED";
  static final String DELETED = "DELETED";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CalendarMapper calendar;
  private final WorkingCalendar workingCalendar;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MessageSource messages;
  private final CalendarRearm rearm;
  private final ApplicationEventPublisher events;
  // the one more collaborator: each change's audit record is written in its transaction here
  private final AuditTrail audit;

  CalendarService(
      CalendarMapper calendar,
      WorkingCalendar workingCalendar,
      PlatformTransactionManager transactionManager,
      Clock clock,
      MessageSource messages,
      CalendarRearm rearm,
      ApplicationEventPublisher events,
      AuditTrail audit) {
    this.calendar = calendar;
    this.workingCalendar = workingCalendar;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.messages = messages;
    this.rearm = rearm;
    this.events = events;
    this.audit = audit;
  }

  /** A year as the public sees it: published with its days, or not published. */
  YearResponse year(int year) {
    requireYear(year);
    return calendar
        .findYear(year)
        .map(
            found ->
                new YearResponse(
                    year,
                    true,
                    found.source(),
                    found.publishedOn(),
                    Times.local(found.loadedAt()),
                    calendar.findDays(year).stream().map(DayResponse::of).toList()))
        .orElseGet(() -> YearResponse.unpublished(year));
  }

  List<YearSummaryResponse> years() {
    return calendar.findYears().stream()
        .map(year -> new YearSummaryResponse(year.year(), year.source(), year.publishedOn()))
        .toList();
  }

  /** The outcome of publishing a year: whether it was new, and the year as it now is. */
  record Publication(boolean created, YearResponse year) {}

  /**
   * Publishes the year's calendar, or replaces it, with exactly the days given.
   *
   * @throws ProblemException {@code 400 CALENDAR_DAYS_INVALID} listing every bad entry, when any
   *     entry is bad; nothing is changed then
   */
  Publication publish(int year, PublishYearRequest request) {
    requireYear(year);
    CalendarDayRules.Result checked = CalendarDayRules.check(year, request.days());
    if (!checked.valid()) {
      throw ProblemException.badRequest(
              "CALENDAR_DAYS_INVALID", String.valueOf(checked.violations().size()))
          .with("errors", checked.violations().stream().map(v -> describe(year, v)).toList());
    }
    List<CalendarDay> days = checked.days();
    String by = CurrentUser.get().username();
    Instant now = clock.instant();
    CalendarYear row =
        new CalendarYear(year, request.source().strip(), request.publishedOn(), now, by);
    boolean created;
    try {
      created = Boolean.TRUE.equals(transaction.execute(status -> write(row, days)));
    } catch (DuplicateKeyException raced) {
      // another administrator published the same year at the same moment
      throw ProblemException.conflict("CALENDAR_CHANGE_CONFLICT", String.valueOf(year));
    }
    changed(year, created ? PUBLISHED : REPLACED);
    return new Publication(created, year(year));
  }

  /** Replaces the year's row and days and records the change; true when the year is new. */
  private boolean write(CalendarYear row, List<CalendarDay> days) {
    int year = row.year();
    boolean exists = calendar.lockYear(year).isPresent();
    if (exists) {
      calendar.updateYear(row);
      calendar.deleteDays(year);
    } else {
      calendar.insertYear(row);
    }
    if (!days.isEmpty()) {
      calendar.insertDays(year, days);
    }
    String daysJson = json(days);
    calendar.insertChange(
        new CalendarChangeRow(
            null,
            year,
            row.loadedBy(),
            row.loadedAt(),
            exists ? REPLACED : PUBLISHED,
            row.source(),
            daysJson));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("year", year);
    change.put("source", row.source());
    change.put("publishedOn", row.publishedOn());
    change.put("days", days.size());
    change.put("daysSha256", Sha256.of(daysJson));
    audit.record(
        exists
            ? CalendarAuditAction.CALENDAR_YEAR_REPLACED
            : CalendarAuditAction.CALENDAR_YEAR_PUBLISHED,
        calendarYear(year),
        null,
        change);
    // last in the transaction: no node reloads before the days are committed
    workingCalendar.changing();
    return !exists;
  }

  /**
   * Withdraws the year's calendar: the year is counted Monday to Friday again.
   *
   * @throws ProblemException {@code 404 CALENDAR_YEAR_NOT_FOUND} when the year is not published
   */
  void delete(int year) {
    requireYear(year);
    String by = CurrentUser.get().username();
    Instant now = clock.instant();
    transaction.executeWithoutResult(
        status -> {
          CalendarYear existing =
              calendar
                  .lockYear(year)
                  .orElseThrow(
                      () ->
                          ProblemException.notFound(
                              "CALENDAR_YEAR_NOT_FOUND", String.valueOf(year)));
          List<CalendarDay> days = calendar.findDays(year);
          calendar.deleteDays(year);
          calendar.deleteYear(year);
          calendar.insertChange(
              new CalendarChangeRow(null, year, by, now, DELETED, existing.source(), json(days)));
          audit.record(
              CalendarAuditAction.CALENDAR_YEAR_WITHDRAWN,
              calendarYear(year),
              null,
              Map.of("year", year, "source", existing.source(), "days", days.size()));
          workingCalendar.changing();
        });
    changed(year, DELETED);
  }

  private static AuditObject calendarYear(int year) {
    return AuditObject.of("calendar-year", String.valueOf(year));
  }

  // once committed: what was counted on the calendar follows it, running clocks and open steps
  private void changed(int year, String action) {
    workingCalendar.reload();
    rearm.rearmAllLater();
    events.publishEvent(new CalendarChanged(year, action));
  }

  /** The calendar's audit trail, newest first; of one year when {@code year} is given. */
  PageResponse<ChangeResponse> changes(Integer year, PageRequest page) {
    if (year != null) {
      requireYear(year);
    }
    return PageResponse.read(
        calendar.findChanges(year, page.offset(), page.size()).stream()
            .map(CalendarService::toResponse)
            .toList(),
        page,
        () -> calendar.countChanges(year));
  }

  static void requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw ProblemException.badRequest(
          "CALENDAR_YEAR_INVALID",
          String.valueOf(year),
          String.valueOf(FIRST_YEAR),
          String.valueOf(LAST_YEAR));
    }
  }

  /** Refuses dates the calendar does not reckon with, before any arithmetic on them. */
  static LocalDate requireDate(String parameter, LocalDate date) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw ProblemException.badRequest(
          "DATE_OUT_OF_RANGE",
          parameter,
          date.toString(),
          String.valueOf(FIRST_YEAR),
          String.valueOf(LAST_YEAR));
    }
    return date;
  }

  private Map<String, Object> describe(int year, Violation violation) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("index", violation.index());
    if (violation.day() != null) {
      error.put("day", violation.day());
    }
    error.put("reason", violation.reason().name());
    error.put(
        "message",
        messages.getMessage(
            "clock.dayProblem." + violation.reason().name(),
            new Object[] {
              String.valueOf(violation.day()),
              String.valueOf(year),
              violation.argument() == null ? "" : String.valueOf(violation.argument())
            },
            violation.reason().name(),
            LocaleContextHolder.getLocale()));
    return error;
  }

  private static String json(List<CalendarDay> days) {
    List<Map<String, String>> entries =
        days.stream()
            .map(
                day -> {
                  Map<String, String> entry = new LinkedHashMap<>();
                  entry.put("day", day.day().toString());
                  entry.put("kind", day.kind().name());
                  entry.put("name", day.name());
                  return entry;
                })
            .toList();
    try {
      return JSON.writeValueAsString(entries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ChangeResponse toResponse(CalendarChangeRow row) {
    JsonNode days;
    try {
      days = JSON.readTree(row.daysJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Calendar change " + row.id() + " holds no JSON", e);
    }
    return new ChangeResponse(
        row.id(),
        row.year(),
        row.action(),
        row.changedBy(),
        Times.local(row.changedAt()),
        row.source(),
        days);
  }
}
