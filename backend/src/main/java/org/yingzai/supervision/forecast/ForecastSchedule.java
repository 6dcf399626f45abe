package org.yingzai.supervision.forecast;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Refits the lateness forecast soon after start and then every hour; tests refit by hand. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "yingzai.forecast.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class ForecastSchedule {

  private static final Logger log = LoggerFactory.getLogger(ForecastSchedule.class);

  private final LatenessForecasts forecasts;

  ForecastSchedule(LatenessForecasts forecasts) {
    this.forecasts = forecasts;
  }

  // one refit per round across the nodes: the lock is held for the round (at most as long, or
  // ShedLock refuses a lock held at least longer than at most)
  @SchedulerLock(
      name = "forecast-refit",
      lockAtLeastFor = "${yingzai.forecast.refit-every:PT1H}",
      lockAtMostFor = "${yingzai.forecast.refit-every:PT1H}")
  @Scheduled(
      fixedDelayString = "${yingzai.forecast.refit-every:PT1H}",
      initialDelayString = "${yingzai.forecast.first-refit-after:PT10S}")
  void refit() {
    try {
      forecasts.refit();
    } catch (RuntimeException e) {
      // the list keeps the last forecasts; the next round tries again
      log.warn("Lateness forecast not refitted", e);
    }
  }
}
