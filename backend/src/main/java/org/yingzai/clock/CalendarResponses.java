package org.yingzai.clock;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Response bodies of the calendar API. */
final class CalendarResponses {

  private CalendarResponses() {}

  record DeadlineResponse(OffsetDateTime deadline, boolean provisional) {

    static DeadlineResponse of(Deadline deadline) {
      return new DeadlineResponse(deadline.deadline(), deadline.provisional());
    }
  }

  /** {@code provisional} when a year of the range has no published calendar. */
  record WorkingDaysResponse(int workingDays, boolean provisional) {}

  record DayResponse(LocalDate day, DayKind kind, String name) {

    static DayResponse of(CalendarDay day) {
      return new DayResponse(day.day(), day.kind(), day.name());
    }
  }

  /**
   * A year of the calendar: its exceptional days when it is published; none, and the Monday–Friday
   * rule, when it is not.
   */
  record YearResponse(
      int year,
      boolean published,
      String source,
      LocalDate publishedOn,
      OffsetDateTime loadedAt,
      List<DayResponse> days) {

    /** A year no calendar was published for: Monday to Friday are its working days. */
    static YearResponse unpublished(int year) {
      return new YearResponse(year, false, null, null, null, List.of());
    }
  }

  record YearSummaryResponse(int year, String source, LocalDate publishedOn) {}

  record YearsResponse(List<YearSummaryResponse> years) {}

  /** One entry of the calendar's audit trail; {@code days} as they were after the change. */
  record ChangeResponse(
      long id,
      int year,
      String action,
      String changedBy,
      OffsetDateTime changedAt,
      String source,
      JsonNode days) {}
}
