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
import org.yingzai.handling.StepTurnedRed;
import org.yingzai.identity.Staff;

/**
 * A level change to RED tells those who must act: an application's, the handling department's
 * clerks and the supervisors; a step's, the department's clerks who hold the step's duty.
 */
@Component
class WarningNotices {

  static final String KIND_WARNING_RED = "WARNING_RED";
  static final String KIND_STEP_RED = "STEP_RED";

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

  @EventListener
  void on(StepTurnedRed red) {
    ApplicationSummary application = applications.summary(red.applicationId());
    Object[] arguments = {
      application.number(),
      // a step without a label of its own is named by its code rather than fail the timer
      messages.getMessage(
          "notification.step." + red.step(), null, red.step().name(), Locale.SIMPLIFIED_CHINESE),
      application.itemName(),
      DEADLINE.format(red.dueAt())
    };
    inbox.deliver(
        staff.clerksWithDuty(red.departmentCode(), red.duty()),
        KIND_STEP_RED,
        application.id(),
        messages.getMessage("notification.stepRed.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.stepRed.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
