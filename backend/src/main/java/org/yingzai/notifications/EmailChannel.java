package org.yingzai.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.yingzai.files.ContentFiles;

/**
 * E-mail through Spring's mail support ({@code spring.mail.*}). Each message's Message-ID is made
 * from its outbox id, so that a message sent again after a crash is recognised as the same one.
 */
@Component
class EmailChannel implements NotificationChannel {

  private final ObjectProvider<JavaMailSender> mail;
  private final ContentFiles files;
  private final MailSettings settings;
  private final Clock clock;

  EmailChannel(
      ObjectProvider<JavaMailSender> mail, ContentFiles files, MailSettings settings, Clock clock) {
    this.mail = mail;
    this.files = files;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  /** Spring Boot makes the mail sender only when {@code spring.mail.host} is set. */
  @Override
  public boolean available() {
    return mail.getIfAvailable() != null;
  }

  @Override
  public void send(OutboxMessage message) throws Exception {
    JavaMailSender sender = mail.getObject();
    MimeMessage mime = sender.createMimeMessage();
    boolean attached = message.attachmentSha256() != null;
    // mixed: the text and the document side by side, as every mail client shows them
    MimeMessageHelper helper =
        attached
            ? new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8")
            : new MimeMessageHelper(mime, "UTF-8");
    helper.setEncodeFilenames(true);
    helper.setFrom(settings.from());
    helper.setTo(message.address());
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    helper.setSentDate(Date.from(clock.instant()));
    if (attached) {
      String sha256 = message.attachmentSha256();
      if (files.find(sha256) == null) {
        throw new IllegalStateException("Attachment " + sha256 + " is missing");
      }
      // read as the message is written out, each time checked against its sha256
      helper.addAttachment(message.attachmentName(), () -> files.open(sha256));
    }
    // kept by the mail sender when set before sending
    mime.setHeader("Message-ID", messageId(message.id()));
    sender.send(mime);
  }

  String messageId(long outboxId) {
    return "<outbox-" + outboxId + "@" + settings.messageIdDomain() + ">";
  }
}
