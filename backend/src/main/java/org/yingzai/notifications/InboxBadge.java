package org.yingzai.notifications;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.CurrentUser;

/**
 * The count of unread messages beside the frame's "messages" link ({@code ${@inboxBadge.unread()}}
 * in a template): one COUNT, run only when the link is rendered, and none for a visitor who has not
 * logged in.
 */
@Component("inboxBadge")
public class InboxBadge {

  private final NotificationMapper notifications;

  InboxBadge(NotificationMapper notifications) {
    this.notifications = notifications;
  }

  /** The current user's unread messages; 0 for anyone not logged in. */
  @Transactional(readOnly = true)
  public long unread() {
    return CurrentUser.find().map(user -> notifications.count(user.username(), true)).orElse(0L);
  }
}
