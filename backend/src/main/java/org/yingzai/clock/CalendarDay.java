package org.yingzai.clock;

import java.time.LocalDate;

/** One date of a published year that differs from the Monday–Friday rule. */
record CalendarDay(LocalDate day, DayKind kind, String name) {}
