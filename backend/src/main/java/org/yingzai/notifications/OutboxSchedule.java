package org.yingzai.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender every poll interval; tests run it by hand. Every node sends, without a
 * scheduler lock: each claims its own rows with {@code SKIP LOCKED} under a lease.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "yingzai.notifications.outbox.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class OutboxSchedule {

  private final OutboxSender sender;

  OutboxSchedule(OutboxSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      fixedDelayString = "${yingzai.notifications.outbox.poll-interval:PT10S}",
      initialDelayString = "${yingzai.notifications.outbox.poll-interval:PT10S}")
  void send() {
    // a full batch may have more behind it
    while (sender.run() > 0 && !Thread.currentThread().isInterrupted()) {}
  }
}
