package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;
import org.yingzai.notifications.NotificationSettingMapper.SettingRow;

/**
 * Who gets a notice on which channel: each recipient's chosen channels that have an address and a
 * configured transport, all recipients' choices read in one query; and how long a failed message
 * waits before it is tried again.
 */
class OutboxRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00.700Z");

  private final OutboxMapper mapper = mock(OutboxMapper.class);
  private final NotificationSettingMapper settings = mock(NotificationSettingMapper.class);
  private final StaticMessageSource messages = new StaticMessageSource();

  private Outbox outbox(boolean email, boolean sms) {
    messages.addMessage("notification.sms", java.util.Locale.SIMPLIFIED_CHINESE, "【营在高新】{0}");
    return new Outbox(
        mapper,
        settings,
        List.of(channel(Channel.EMAIL, email), channel(Channel.SMS, sms)),
        messages,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static NotificationChannel channel(Channel channel, boolean available) {
    NotificationChannel adapter = mock(NotificationChannel.class);
    when(adapter.channel()).thenReturn(channel);
    when(adapter.available()).thenReturn(available);
    return adapter;
  }

  @SuppressWarnings("unchecked")
  private List<OutboxMessage> queued() {
    ArgumentCaptor<List<OutboxMessage>> rows = ArgumentCaptor.forClass(List.class);
    verify(mapper).insertAll(rows.capture());
    return rows.getValue();
  }

  @Test
  void eachRecipientGetsItsChosenChannelsWithAnAddressReadInOneQuery() {
    List<String> recipients = List.of("both", "mailOnly", "off", "nobody");
    when(settings.findAll(recipients))
        .thenReturn(
            List.of(
                new SettingRow("both", "both@example.cn", true, "13800000001", true, NOW),
                new SettingRow("mailOnly", "m@example.cn", true, "13800000002", false, NOW),
                new SettingRow("off", "off@example.cn", false, null, false, NOW)));

    outbox(true, true)
        .queue(
            recipients,
            "APPLICATION_DECIDED",
            "a-1",
            "标题",
            "正文",
            new Inbox.Attachment("ab".repeat(32), "决定书.pdf"));

    verify(settings, times(1)).findAll(any());
    List<OutboxMessage> rows = queued();
    assertThat(rows)
        .extracting(m -> m.recipient() + " " + m.channel() + " " + m.address())
        .containsExactly(
            "both EMAIL both@example.cn", "both SMS 13800000001", "mailOnly EMAIL m@example.cn");
    OutboxMessage mail = rows.get(0);
    assertThat(mail.subject()).isEqualTo("标题");
    assertThat(mail.body()).isEqualTo("正文");
    assertThat(mail.attachmentName()).isEqualTo("决定书.pdf");
    assertThat(mail.status()).isEqualTo(OutboxMessage.Status.PENDING);
    // due at once, in whole seconds
    assertThat(mail.nextAttemptAt()).isEqualTo(Instant.parse("2026-03-02T02:00:00Z"));
    OutboxMessage sms = rows.get(1);
    assertThat(sms.body()).isEqualTo("【营在高新】标题");
    assertThat(sms.attachmentSha256()).isNull();
  }

  @Test
  void aChannelWithoutTransportIsNotQueued() {
    when(settings.findAll(any()))
        .thenReturn(
            List.of(new SettingRow("both", "b@example.cn", true, "13800000001", true, NOW)));

    outbox(false, true).queue(List.of("both"), "K", null, "标题", "正文", null);

    assertThat(queued()).extracting(OutboxMessage::channel).containsExactly(Channel.SMS);
  }

  @Test
  void withNoTransportAtAllNothingIsReadOrQueued() {
    outbox(false, false).queue(List.of("both"), "K", null, "标题", "正文", null);

    verify(settings, never()).findAll(any());
    verify(mapper, never()).insertAll(any());
  }

  @Test
  void nobodyWithAChoiceQueuesNothing() {
    when(settings.findAll(any())).thenReturn(List.of());

    outbox(true, true).queue(List.of("x"), "K", null, "标题", "正文", null);

    verify(mapper, never()).insertAll(any());
  }

  @Test
  void aFailedMessageWaitsTwiceAsLongEachTimeUpToTheCap() {
    OutboxSettings settings =
        new OutboxSettings(
            false,
            null,
            20,
            Duration.ofMinutes(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(4),
            10);

    assertThat(settings.retryWait(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.retryWait(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.retryWait(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(settings.retryWait(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(settings.retryWait(5)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.retryWait(60)).isEqualTo(Duration.ofMinutes(4));
  }
}
