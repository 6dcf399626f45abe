package org.yingzai.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.identity.Staff;
import org.yingzai.supervision.ApplicationUrged;

/** An urge (督办) is told to the clerks of the department it is addressed to, with its reason. */
@Component
class UrgeNotices {

  static final String KIND_URGED = "APPLICATION_URGED";

  private final Inbox inbox;
  private final Staff staff;
  private final MessageSource messages;

  UrgeNotices(Inbox inbox, Staff staff, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.messages = messages;
  }

  @EventListener
  void on(ApplicationUrged urged) {
    Object[] arguments = {urged.applicationNumber(), urged.itemName(), urged.reason()};
    inbox.deliver(
        staff.clerksOf(urged.departmentCode()),
        KIND_URGED,
        urged.applicationId(),
        messages.getMessage("notification.urged.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.urged.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
