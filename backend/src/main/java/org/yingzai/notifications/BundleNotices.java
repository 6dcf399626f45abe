package org.yingzai.notifications;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.bundles.BundleFinished;
import org.yingzai.bundles.BundleOutcome;
import org.yingzai.catalog.Bundles;
import org.yingzai.identity.Staff;

/**
 * A bundle whose every item was decided is told to the enterprise's users once, so that its results
 * are taken together from the bundle's page.
 */
@Component
class BundleNotices {

  static final String KIND_BUNDLE_FINISHED = "BUNDLE_FINISHED";

  private final Inbox inbox;
  private final Staff staff;
  private final Bundles bundles;
  private final MessageSource messages;

  BundleNotices(Inbox inbox, Staff staff, Bundles bundles, MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.bundles = bundles;
    this.messages = messages;
  }

  @EventListener
  void on(BundleFinished finished) {
    Object[] arguments = {bundles.require(finished.bundleCode()).name()};
    String body =
        finished.outcome() == BundleOutcome.APPROVED
            ? "notification.bundle.approved"
            : "notification.bundle.notApproved";
    inbox.deliver(
        staff.usersOf(finished.enterpriseId()),
        KIND_BUNDLE_FINISHED,
        null,
        messages.getMessage("notification.bundle.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage(body, arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
