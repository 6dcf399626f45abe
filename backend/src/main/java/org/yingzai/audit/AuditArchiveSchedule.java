package org.yingzai.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Archives the records past the retention once a day, after the day's anchor; tests by hand. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "yingzai.audit.archive.daily",
    havingValue = "true",
    matchIfMissing = true)
class AuditArchiveSchedule {

  private final AuditArchiving archiving;

  AuditArchiveSchedule(AuditArchiving archiving) {
    this.archiving = archiving;
  }

  @SchedulerLock(name = "audit-archive", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
  @Scheduled(cron = "${yingzai.audit.archive.cron:0 20 0 * * *}", zone = "Asia/Shanghai")
  void archiveDaily() {
    archiving.archive();
  }
}
