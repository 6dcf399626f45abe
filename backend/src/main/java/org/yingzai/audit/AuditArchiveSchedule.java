package org.yingzai.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Archives the records past the retention once a day, after the day's anchor; tests by hand. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "yingzai.audit.archive.daily",
    havingValue = "true",
    matchIfMissing = true)
class AuditArchiveSchedule {

  private final AuditArchiving archiving;

  AuditArchiveSchedule(AuditArchiving archiving) {
    this.archiving = archiving;
  }

  @Scheduled(cron = "${yingzai.audit.archive.cron:0 20 0 * * *}", zone = "Asia/Shanghai")
  void archiveDaily() {
    archiving.archive();
  }
}
