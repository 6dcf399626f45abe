package org.yingzai.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yingzai.clock.CalendarRequests.DayEntry;

/** What a year's list of days must satisfy before it replaces the year's calendar. */
final class CalendarDayRules {

  static final int MAX_NAME_LENGTH = 32;

  /** Why an entry is refused; the stable codes of the {@code errors} of the problem response. */
  enum Reason {
    ENTRY_MISSING,
    DAY_MISSING,
    DAY_INVALID,
    DAY_OUTSIDE_YEAR,
    DAY_REPEATED,
    KIND_INVALID,
    WORKDAY_NOT_ON_WEEKEND,
    NAME_MISSING,
    NAME_TOO_LONG
  }

  /**
   * One refusal of the entry at {@code index}; {@code argument} is the index of the first entry of
   * a repeated day and the longest name allowed for a name too long.
   */
  record Violation(int index, String day, Reason reason, Integer argument) {}

  /** The days, in date order, when there are no violations. */
  record Result(List<CalendarDay> days, List<Violation> violations) {

    boolean valid() {
      return violations.isEmpty();
    }
  }

  private CalendarDayRules() {}

  /** Checks every entry and reports every violation, several per entry if need be. */
  static Result check(int year, List<DayEntry> entries) {
    List<CalendarDay> days = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    Map<LocalDate, Integer> firstIndex = new HashMap<>();
    for (int index = 0; index < entries.size(); index++) {
      DayEntry entry = entries.get(index);
      if (entry == null) {
        violations.add(new Violation(index, null, Reason.ENTRY_MISSING, null));
        continue;
      }
      int before = violations.size();
      LocalDate day = day(index, entry.day(), year, violations);
      if (day != null) {
        Integer first = firstIndex.putIfAbsent(day, index);
        if (first != null) {
          violations.add(new Violation(index, entry.day(), Reason.DAY_REPEATED, first));
        }
      }
      DayKind kind = kind(entry.kind());
      if (kind == null) {
        violations.add(new Violation(index, entry.day(), Reason.KIND_INVALID, null));
      } else if (kind == DayKind.WORKDAY && day != null && !isWeekend(day)) {
        violations.add(new Violation(index, entry.day(), Reason.WORKDAY_NOT_ON_WEEKEND, null));
      }
      String name = entry.name() == null ? "" : entry.name().strip();
      if (name.isEmpty()) {
        violations.add(new Violation(index, entry.day(), Reason.NAME_MISSING, null));
      } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
        violations.add(new Violation(index, entry.day(), Reason.NAME_TOO_LONG, MAX_NAME_LENGTH));
      }
      if (violations.size() == before) {
        days.add(new CalendarDay(day, kind, name));
      }
    }
    days.sort(Comparator.comparing(CalendarDay::day));
    return new Result(violations.isEmpty() ? List.copyOf(days) : List.of(), violations);
  }

  private static LocalDate day(int index, String text, int year, List<Violation> violations) {
    if (text == null || text.isBlank()) {
      violations.add(new Violation(index, text, Reason.DAY_MISSING, null));
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      violations.add(new Violation(index, text, Reason.DAY_INVALID, null));
      return null;
    }
    if (day.getYear() != year) {
      violations.add(new Violation(index, text, Reason.DAY_OUTSIDE_YEAR, null));
      return null;
    }
    return day;
  }

  private static DayKind kind(String text) {
    for (DayKind kind : DayKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    return null;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
