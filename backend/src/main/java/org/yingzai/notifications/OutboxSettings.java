package org.yingzai.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox sender, under {@code yingzai.notifications.outbox}.
 *
 * @param scheduled whether the sender runs by itself (default true; tests run it by hand)
 * @param pollInterval the pause between two runs (default 10 s)
 * @param batchSize the most messages one run claims (default 20)
 * @param lease how long a claim holds its messages: longer than the slowest send, so that another
 *     sender takes them only after a sender died (default 5 min)
 * @param firstRetry the wait after the first failure, doubled after each further one (default 30 s)
 * @param maxRetryWait the longest wait between two tries (default 1 h)
 * @param maxAttempts the tries after which a message is marked failed (default 10)
 */
@ConfigurationProperties("yingzai.notifications.outbox")
record OutboxSettings(
    Boolean scheduled,
    Duration pollInterval,
    Integer batchSize,
    Duration lease,
    Duration firstRetry,
    Duration maxRetryWait,
    Integer maxAttempts) {

  OutboxSettings {
    scheduled = scheduled == null || scheduled;
    pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    batchSize = batchSize == null ? 20 : batchSize;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
    firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    maxRetryWait = maxRetryWait == null ? Duration.ofHours(1) : maxRetryWait;
    maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "yingzai.notifications.outbox.batch-size and max-attempts must be positive");
    }
  }

  /** The wait after the given number of failed tries: doubling from the first, up to the cap. */
  Duration retryWait(int failedAttempts) {
    Duration wait = firstRetry;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetryWait) < 0 ? wait : maxRetryWait;
  }
}
