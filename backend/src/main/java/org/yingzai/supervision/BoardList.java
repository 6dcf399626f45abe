package org.yingzai.supervision;

import org.yingzai.clock.WarningLevel;

/** The watch lists on the supervisor's board, each with its Excel export. */
enum BoardList {
  /** past the promised deadline (RED) */
  OVERDUE("/api/supervision/overdue.xlsx"),
  /** past the legal deadline */
  OVERDUE_LEGAL("/api/supervision/overdue.xlsx?basis=LEGAL"),
  /** close to the deadline (YELLOW) */
  AT_RISK("/api/supervision/at-risk.xlsx");

  private final String export;

  BoardList(String export) {
    this.export = export;
  }

  String export() {
    return export;
  }

  /** The level of an at-level list, for {@link WatchListService#page}. */
  WarningLevel level() {
    return this == AT_RISK ? WarningLevel.YELLOW : WarningLevel.RED;
  }
}
