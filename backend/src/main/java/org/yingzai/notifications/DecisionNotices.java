package org.yingzai.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.identity.Staff;
import org.yingzai.results.ResultIssued;

/**
 * A decision and a non-acceptance are told to the enterprise's users once their document is issued:
 * the notice names the document's number and verification code, and its e-mail carries the PDF, so
 * that nobody has to ask whether the application is finished.
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
  void on(ResultIssued issued) {
    String kind =
        switch (issued.kind()) {
          case APPROVAL, DENIAL -> KIND_DECIDED;
          case NON_ACCEPTANCE -> KIND_NOT_ACCEPTED;
          case JOINT_ACCEPTANCE ->
              throw new IllegalArgumentException(
                  "A joint result is a stage's, not an application's");
        };
    String key =
        switch (issued.kind()) {
          case APPROVAL -> "notification.decided.APPROVED";
          case DENIAL -> "notification.decided.DENIED";
          case NON_ACCEPTANCE -> "notification.decided.NOT_ACCEPTED";
          case JOINT_ACCEPTANCE ->
              throw new IllegalArgumentException(
                  "A joint result is a stage's, not an application's");
        };
    ApplicationSummary application = applications.summary(issued.applicationId());
    Object[] arguments = {
      application.number(),
      application.itemName(),
      issued.documentNumber(),
      issued.code(),
      issued.verifyUrl()
    };
    inbox.deliver(
        staff.usersOf(application.enterpriseId()),
        kind,
        issued.applicationId(),
        messages.getMessage(key + ".title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage(key + ".body", arguments, Locale.SIMPLIFIED_CHINESE),
        new Inbox.Attachment(issued.sha256(), fileName(issued.documentNumber())));
  }

  // the name the download gives the same document
  private static String fileName(String documentNumber) {
    return documentNumber.replaceAll("[〔〕]", "-") + ".pdf";
  }
}
