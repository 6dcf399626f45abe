package org.yingzai.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service hall's e-mail, under {@code yingzai.notifications.mail}; the server itself is {@code
 * spring.mail.*}, and without {@code spring.mail.host} no e-mail is sent.
 *
 * @param from the sender of every message (default {@code noreply@localhost})
 * @param messageIdDomain the right side of each message's Message-ID (default {@code yingzai})
 */
@ConfigurationProperties("yingzai.notifications.mail")
record MailSettings(String from, String messageIdDomain) {

  MailSettings {
    from = from == null || from.isBlank() ? "noreply@localhost" : from;
    messageIdDomain =
        messageIdDomain == null || messageIdDomain.isBlank() ? "yingzai" : messageIdDomain;
  }
}
