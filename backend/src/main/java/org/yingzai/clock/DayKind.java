package org.yingzai.clock;

/** How a date of the calendar differs from the Monday–Friday rule. */
enum DayKind {
  /** A statutory holiday (休), whatever day of the week it falls on. */
  HOLIDAY,
  /** A weekend day made a working day (调休上班). */
  WORKDAY
}
