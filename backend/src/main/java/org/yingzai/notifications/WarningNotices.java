package org.yingzai.notifications;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.WarningTurnedRed;
import org.yingzai.identity.Staff;

/** A level change to RED tells the handling department's clerks and the supervisors. */
@Component
class WarningNotices {

  static final String KIND_WARNING_RED = "WARNING_RED";

  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Inbox inbox;
  private final Staff staff;
  private final ApplicationProgress applications;
  private final MessageSource messages;

  WarningNotices(
      Inbox inbox, Staff staff, ApplicationProgress applications, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.applications = applications;
    this.messages = messages;
  }

  @EventListener
  void on(WarningTurnedRed red) {
    ApplicationSummary application = applications.summary(red.applicationId());
    List<String> recipients = new ArrayList<>(staff.clerksOf(red.departmentCode()));
    recipients.addAll(staff.supervisors());
    Object[] arguments = {
      application.number(), application.itemName(), DEADLINE.format(red.deadline())
    };
    inbox.deliver(
        recipients,
        KIND_WARNING_RED,
        application.id(),
        messages.getMessage("notification.warningRed.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.warningRed.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
