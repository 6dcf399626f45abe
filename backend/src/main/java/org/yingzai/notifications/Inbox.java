package org.yingzai.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.CurrentUser;
import org.yingzai.notifications.NotificationMapper.NotificationRow;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * The in-app inbox: messages are delivered in the transaction that caused them, and queued in the
 * same transaction for each recipient's other chosen channels.
 */
@Service
class Inbox {

  /** A stored file sent with a message's e-mail, under the name the recipient sees. */
  record Attachment(String sha256, String filename) {}

  private final NotificationMapper notifications;
  private final Outbox outbox;
  private final Clock clock;

  Inbox(NotificationMapper notifications, Outbox outbox, Clock clock) {
    this.notifications = notifications;
    this.outbox = outbox;
    this.clock = clock;
  }

  void deliver(
      Collection<String> recipients, String kind, String applicationId, String title, String body) {
    deliver(recipients, kind, applicationId, title, body, null);
  }

  void deliver(
      Collection<String> recipients,
      String kind,
      String applicationId,
      String title,
      String body,
      Attachment attachment) {
    List<String> distinct = recipients.stream().distinct().toList();
    distinct.forEach(
        recipient ->
            notifications.insert(
                new NotificationRow(
                    null, recipient, kind, applicationId, title, body, clock.instant(), null)));
    outbox.queue(distinct, kind, applicationId, title, body, attachment);
  }

  @Transactional(readOnly = true)
  PageResponse<NotificationResponse> mine(boolean unread, PageRequest page) {
    String me = CurrentUser.get().username();
    return PageResponse.read(
        notifications.findPage(me, unread, page.offset(), page.size()).stream()
            .map(Inbox::response)
            .toList(),
        page,
        () -> notifications.count(me, unread));
  }

  @Transactional
  NotificationResponse markRead(long id) {
    String me = CurrentUser.get().username();
    if (notifications.findOwn(id, me) == null) {
      throw ProblemException.notFound("NOTIFICATION_NOT_FOUND", id);
    }
    notifications.markRead(id, me, clock.instant());
    return response(notifications.findOwn(id, me));
  }

  private static NotificationResponse response(NotificationRow row) {
    return new NotificationResponse(
        row.id(),
        row.kind(),
        row.applicationId(),
        row.title(),
        row.body(),
        Times.local(row.createdAt()),
        Times.local(row.readAt()));
  }

  /** The current user's latest messages about one application, newest first. */
  @Transactional(readOnly = true)
  List<NotificationResponse> forApplication(String applicationId) {
    return notifications
        .findForApplication(CurrentUser.get().username(), applicationId, APPLICATION_MESSAGES)
        .stream()
        .map(Inbox::response)
        .toList();
  }

  private static final int APPLICATION_MESSAGES = 50;
}
