package org.yingzai.handling;

import java.io.Serializable;
import org.yingzai.applications.Step;
import org.yingzai.clock.WarningLevel;

/**
 * What a clerk's queue is narrowed to; {@code null} (or blank) parts do not narrow.
 *
 * @param itemCode the service item's code
 * @param number the start of the application number, e.g. {@code YZ2026112}
 */
record TaskFilter(String itemCode, Step step, WarningLevel level, String number)
    implements Serializable {

  static final TaskFilter NONE = new TaskFilter(null, null, null, null);

  TaskFilter {
    itemCode = blankToNull(itemCode);
    number = blankToNull(number);
  }

  public boolean isEmpty() {
    return itemCode == null && step == null && level == null && number == null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
