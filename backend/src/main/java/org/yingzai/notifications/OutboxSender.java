package org.yingzai.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due messages. A run claims a batch in a short transaction of its own (rows
 * locked by another sender are skipped, and a claimed row is not due again before its lease ends),
 * sends outside any transaction, and keeps each outcome only while it still holds the claim: two
 * senders never send one message twice. A failure is tried again after a wait that doubles up to a
 * cap; after the last try the message is marked failed with its error.
 */
@Component
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int ERROR_LENGTH = 1000;

  private final OutboxMapper outbox;
  private final Map<Channel, NotificationChannel> channels;
  private final OutboxSettings settings;
  private final Clock clock;
  private final TransactionTemplate transaction;

  OutboxSender(
      OutboxMapper outbox,
      List<NotificationChannel> channels,
      OutboxSettings settings,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.outbox = outbox;
    this.channels =
        channels.stream()
            .collect(Collectors.toMap(NotificationChannel::channel, Function.identity()));
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends one batch of due messages; answers how many were sent. */
  int run() {
    String claim = UUID.randomUUID().toString();
    List<OutboxMessage> claimed = claim(claim);
    int sent = 0;
    for (OutboxMessage message : claimed) {
      if (send(message, claim)) {
        sent++;
      }
    }
    return sent;
  }

  private List<OutboxMessage> claim(String claim) {
    return transaction.execute(
        status -> {
          Instant now = now();
          List<Long> due = outbox.lockDue(now, settings.batchSize());
          if (due.isEmpty()) {
            return List.of();
          }
          outbox.claim(due, claim, now.plus(settings.lease()));
          return outbox.findClaimed(claim);
        });
  }

  private boolean send(OutboxMessage message, String claim) {
    NotificationChannel channel = channels.get(message.channel());
    try {
      if (channel == null || !channel.available()) {
        throw new IllegalStateException("Channel " + message.channel() + " is not configured");
      }
      channel.send(message);
    } catch (Exception e) {
      failed(message, claim, e);
      return false;
    }
    if (outbox.markSent(message.id(), claim, now()) == 0) {
      // the lease ran out while sending and another sender took the message over
      log.warn("Outbox message {} was sent after its claim had lapsed", message.id());
    }
    return true;
  }

  private void failed(OutboxMessage message, String claim, Exception e) {
    String error = error(e);
    // attempts already counts this try: it was raised when the message was claimed
    if (message.attempts() >= settings.maxAttempts()) {
      outbox.markFailed(message.id(), claim, error);
      log.warn(
          "Outbox message {} ({}) failed after {} tries: {}",
          message.id(),
          message.channel(),
          message.attempts(),
          error);
    } else {
      Instant next = now().plus(settings.retryWait(message.attempts()));
      outbox.markRetry(message.id(), claim, next, error);
      log.info(
          "Outbox message {} ({}) failed, tried again at {}: {}",
          message.id(),
          message.channel(),
          next,
          error);
    }
  }

  private static String error(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = e; cause != null && text.length() < ERROR_LENGTH; ) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text.toString();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
