package org.yingzai.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 2025 and 2026 calendars exactly as the State Council published them, written down
 * independently of the migration that ships them.
 */
final class ShippedCalendar {

  private ShippedCalendar() {}

  /** 国办发明电〔2024〕12号 and the notice of 2025-11-04. */
  static List<CalendarDay> days() {
    List<CalendarDay> days = new ArrayList<>();
    // 2025
    holidays(days, "2025-01-01", "2025-01-01", "元旦");
    holidays(days, "2025-01-28", "2025-02-04", "春节");
    holidays(days, "2025-04-04", "2025-04-06", "清明节");
    holidays(days, "2025-05-01", "2025-05-05", "劳动节");
    holidays(days, "2025-05-31", "2025-06-02", "端午节");
    holidays(days, "2025-10-01", "2025-10-08", "国庆节、中秋节");
    workdays(days, "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
    // 2026
    holidays(days, "2026-01-01", "2026-01-03", "元旦");
    holidays(days, "2026-02-15", "2026-02-23", "春节");
    holidays(days, "2026-04-04", "2026-04-06", "清明节");
    holidays(days, "2026-05-01", "2026-05-05", "劳动节");
    holidays(days, "2026-06-19", "2026-06-21", "端午节");
    holidays(days, "2026-09-25", "2026-09-27", "中秋节");
    holidays(days, "2026-10-01", "2026-10-07", "国庆节");
    workdays(
        days, "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
    return List.copyOf(days);
  }

  static CalendarSnapshot snapshot() {
    return CalendarSnapshot.of(Set.of(2025, 2026), days());
  }

  private static void holidays(List<CalendarDay> days, String first, String last, String name) {
    LocalDate end = LocalDate.parse(last);
    for (LocalDate day = LocalDate.parse(first); !day.isAfter(end); day = day.plusDays(1)) {
      days.add(new CalendarDay(day, DayKind.HOLIDAY, name));
    }
  }

  private static void workdays(List<CalendarDay> days, String... dates) {
    for (String date : dates) {
      days.add(new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, "调休上班"));
    }
  }
}
