package org.yingzai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.yingzai.shared.Times;

/**
 * Keeps the month just over early on the first of the next, on one node, so that the public
 * scoreboard's first reader of it does not wait for its counting.
 */
@Configuration(proxyBeanMethods = false)
class ScoreboardMonthSchedule {

  private static final Logger log = LoggerFactory.getLogger(ScoreboardMonthSchedule.class);

  private final ScoreboardMonths months;
  private final Clock clock;

  ScoreboardMonthSchedule(ScoreboardMonths months, Clock clock) {
    this.months = months;
    this.clock = clock;
  }

  // past the month's grace hour; a node that missed it leaves it to the first reader
  @SchedulerLock(name = "scoreboard-month", lockAtMostFor = "PT30M")
  @Scheduled(cron = "0 15 1 1 * *", zone = "Asia/Shanghai")
  void keepLastMonth() {
    LocalDate month = LocalDate.ofInstant(clock.instant(), Times.ZONE).withDayOfMonth(1);
    LocalDate last = month.minusMonths(1);
    try {
      months.of(last, month.minusDays(1));
    } catch (RuntimeException e) {
      log.warn("Scoreboard month {} not kept; its first reader counts it", last, e);
    }
  }
}
