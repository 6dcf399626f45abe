package org.yingzai.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Anchors the head once a day, a few minutes after midnight; tests anchor by hand. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
    name = "yingzai.audit.daily-anchor",
    havingValue = "true",
    matchIfMissing = true)
class AuditSchedule {

  private final AuditAnchoring anchoring;

  AuditSchedule(AuditAnchoring anchoring) {
    this.anchoring = anchoring;
  }

  @Scheduled(cron = "${yingzai.audit.anchor-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
  void anchorDaily() {
    anchoring.anchor();
  }
}
