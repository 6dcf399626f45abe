package org.yingzai.notifications;

import java.time.Instant;

/**
 * One message of the outbox for one recipient on one channel.
 *
 * @param attachmentSha256 a stored file sent with the message, read when it is sent
 * @param claim the token of the sender holding the message, while one does
 */
record OutboxMessage(
    Long id,
    String recipient,
    Channel channel,
    String address,
    String kind,
    String applicationId,
    String subject,
    String body,
    String attachmentSha256,
    String attachmentName,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    String claim,
    Instant sentAt,
    String lastError,
    Instant createdAt) {

  enum Status {
    PENDING,
    SENT,
    FAILED
  }
}
