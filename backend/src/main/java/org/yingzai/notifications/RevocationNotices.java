package org.yingzai.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationRevoked;
import org.yingzai.identity.Staff;

/** A revoked approval is told to the enterprise's users, with the reason. */
@Component
class RevocationNotices {

  static final String KIND_REVOKED = "APPLICATION_REVOKED";

  private final Inbox inbox;
  private final Staff staff;
  private final MessageSource messages;

  RevocationNotices(Inbox inbox, Staff staff, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.messages = messages;
  }

  @EventListener
  void on(ApplicationRevoked revoked) {
    Object[] arguments = {revoked.number(), revoked.itemName(), revoked.reason()};
    inbox.deliver(
        staff.usersOf(revoked.enterpriseId()),
        KIND_REVOKED,
        revoked.applicationId(),
        messages.getMessage("notification.revoked.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.revoked.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
