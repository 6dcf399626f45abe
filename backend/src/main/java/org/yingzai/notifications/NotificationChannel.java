package org.yingzai.notifications;

/** One channel's transport: sends one message of the outbox, or throws why it could not. */
interface NotificationChannel {

  Channel channel();

  /** Whether its transport is configured; messages are queued only for available channels. */
  boolean available();

  void send(OutboxMessage message) throws Exception;
}
