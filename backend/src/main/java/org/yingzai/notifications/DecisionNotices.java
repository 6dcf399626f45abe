package org.yingzai.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationDecided;
import org.yingzai.applications.ApplicationNotAccepted;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.identity.Staff;

/**
 * A decision and a non-acceptance are told to the enterprise's users, pointing to the document the
 * decision issued, so that nobody has to ask whether the application is finished.
 */
@Component
class DecisionNotices {

  static final String KIND_DECIDED = "APPLICATION_DECIDED";
  static final String KIND_NOT_ACCEPTED = "APPLICATION_NOT_ACCEPTED";

  private final Inbox inbox;
  private final Staff staff;
  private final ApplicationProgress applications;
  private final MessageSource messages;

  DecisionNotices(
      Inbox inbox, Staff staff, ApplicationProgress applications, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.applications = applications;
    this.messages = messages;
  }

  @EventListener
  void on(ApplicationDecided decided) {
    tell(decided.applicationId(), KIND_DECIDED, "notification.decided." + decided.status());
  }

  @EventListener
  void on(ApplicationNotAccepted refused) {
    tell(refused.applicationId(), KIND_NOT_ACCEPTED, "notification.decided.NOT_ACCEPTED");
  }

  private void tell(String applicationId, String kind, String key) {
    ApplicationSummary application = applications.summary(applicationId);
    Object[] arguments = {application.number(), application.itemName()};
    inbox.deliver(
        staff.usersOf(application.enterpriseId()),
        kind,
        applicationId,
        messages.getMessage(key + ".title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage(key + ".body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
