package org.yingzai.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yingzai.notifications.NotificationSettingMapper.SettingRow;

/**
 * Queues a notice for each recipient's chosen channels, in the transaction of the change that
 * caused it; the {@link OutboxSender} sends it later, outside that transaction.
 */
@Component
class Outbox {

  private final OutboxMapper outbox;
  private final NotificationSettingMapper settings;
  private final Map<Channel, NotificationChannel> channels;
  private final MessageSource messages;
  private final Clock clock;

  Outbox(
      OutboxMapper outbox,
      NotificationSettingMapper settings,
      List<NotificationChannel> channels,
      MessageSource messages,
      Clock clock) {
    this.outbox = outbox;
    this.settings = settings;
    this.channels =
        channels.stream()
            .collect(Collectors.toMap(NotificationChannel::channel, Function.identity()));
    this.messages = messages;
    this.clock = clock;
  }

  boolean available(Channel channel) {
    NotificationChannel adapter = channels.get(channel);
    return adapter != null && adapter.available();
  }

  void queue(
      Collection<String> recipients,
      String kind,
      String applicationId,
      String title,
      String body,
      Inbox.Attachment attachment) {
    boolean email = available(Channel.EMAIL);
    boolean sms = available(Channel.SMS);
    if (recipients.isEmpty() || !(email || sms)) {
      return;
    }
    // whole seconds, so that a message is due at once on a server that rounds fractions up
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<OutboxMessage> queued = new ArrayList<>();
    for (SettingRow choice : settings.findAll(recipients)) {
      if (email && choice.emailEnabled() && choice.email() != null) {
        queued.add(
            message(
                choice,
                Channel.EMAIL,
                choice.email(),
                kind,
                applicationId,
                title,
                body,
                attachment,
                now));
      }
      if (sms && choice.smsEnabled() && choice.mobile() != null) {
        String text =
            messages.getMessage(
                "notification.sms", new Object[] {title}, Locale.SIMPLIFIED_CHINESE);
        queued.add(
            message(
                choice, Channel.SMS, choice.mobile(), kind, applicationId, title, text, null, now));
      }
    }
    if (!queued.isEmpty()) {
      outbox.insertAll(queued);
    }
  }

  private static OutboxMessage message(
      SettingRow choice,
      Channel channel,
      String address,
      String kind,
      String applicationId,
      String subject,
      String body,
      Inbox.Attachment attachment,
      Instant now) {
    return new OutboxMessage(
        null,
        choice.username(),
        channel,
        address,
        kind,
        applicationId,
        subject,
        body,
        attachment == null ? null : attachment.sha256(),
        attachment == null ? null : attachment.filename(),
        OutboxMessage.Status.PENDING,
        0,
        now,
        null,
        null,
        null,
        now);
  }
}
