package org.yingzai.supervision;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yingzai.shared.ProblemException;

/**
 * What the supervisor's board shows: one department, one item, a period of finishing months, or
 * all; as the form sends it, blank meaning all.
 */
record BoardFilter(String department, String item, YearMonth from, YearMonth to) {

  static BoardFilter of(String department, String item, String from, String to) {
    return new BoardFilter(blankToNull(department), blankToNull(item), month(from), month(to));
  }

  private static YearMonth month(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("MONTH_INVALID", value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
