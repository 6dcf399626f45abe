package org.yingzai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a closed month's counts in a transaction of its own, beside the reader's read-only one; the
 * first node to keep a month wins, and a later write of the same month changes nothing.
 */
@Component
class ScoreboardMonthWriter {

  private final ScoreboardMapper mapper;
  private final Clock clock;

  ScoreboardMonthWriter(ScoreboardMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void keep(LocalDate month, String registrationItem, PeriodCounts counts) {
    mapper.insertMonth(month, registrationItem, counts, clock.instant());
  }
}
