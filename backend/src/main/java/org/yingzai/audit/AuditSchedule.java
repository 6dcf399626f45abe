package org.yingzai.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Anchors the head once a day, a few minutes after midnight; tests anchor by hand. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "yingzai.audit.daily-anchor",
    havingValue = "true",
    matchIfMissing = true)
class AuditSchedule {

  private final AuditAnchoring anchoring;

  AuditSchedule(AuditAnchoring anchoring) {
    this.anchoring = anchoring;
  }

  // a node whose clock runs a little behind must not anchor a second time after the first
  @SchedulerLock(name = "audit-anchor", lockAtLeastFor = "PT5M")
  @Scheduled(cron = "${yingzai.audit.anchor-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
  void anchorDaily() {
    anchoring.anchor();
  }
}
