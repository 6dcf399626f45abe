package org.yingzai.notifications;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationWithdrawn;
import org.yingzai.identity.Staff;
import org.yingzai.shared.Times;

/**
 * A withdrawn application is told to the department's clerks who held its open task: those of the
 * task's duty ({@code <dept>:<duty>}). A withdrawal while the applicant's own supplement was open
 * tells no clerk: nobody was working on it.
 */
@Component
class WithdrawalNotices {

  static final String KIND_WITHDRAWN = "APPLICATION_WITHDRAWN";

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Inbox inbox;
  private final Staff staff;
  private final MessageSource messages;

  WithdrawalNotices(Inbox inbox, Staff staff, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.messages = messages;
  }

  @EventListener
  void on(ApplicationWithdrawn withdrawn) {
    String prefix = withdrawn.departmentCode() + ":";
    List<String> recipients = new ArrayList<>();
    withdrawn.openGroups().stream()
        .filter(group -> group.startsWith(prefix))
        .forEach(
            group ->
                recipients.addAll(
                    staff.clerksWithDuty(
                        withdrawn.departmentCode(), group.substring(prefix.length()))));
    if (recipients.isEmpty()) {
      return;
    }
    Object[] arguments = {
      withdrawn.number(),
      withdrawn.itemName(),
      AT.format(Times.local(withdrawn.at())),
      withdrawn.reason()
    };
    inbox.deliver(
        recipients,
        KIND_WITHDRAWN,
        withdrawn.applicationId(),
        messages.getMessage("notification.withdrawn.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.withdrawn.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
