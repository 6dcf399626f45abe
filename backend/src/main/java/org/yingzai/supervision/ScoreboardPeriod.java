package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.yingzai.shared.Times;

/** A scoreboard's period as instants: from the start of its first day to the start of the next. */
record ScoreboardPeriod(Instant from, Instant to) {

  static ScoreboardPeriod of(LocalDate first, LocalDate last) {
    return new ScoreboardPeriod(start(first), start(last.plusDays(1)));
  }

  static Instant start(LocalDate day) {
    return day.atStartOfDay(Times.ZONE).toInstant();
  }
}
