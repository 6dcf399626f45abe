package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.Role;
import org.yingzai.notifications.NotificationMapper.NotificationRow;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/** The inbox: one copy for each recipient, and each user reads and marks only their own. */
class InboxRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private final NotificationMapper notifications = mock(NotificationMapper.class);
  private final Outbox outbox = mock(Outbox.class);
  private final Inbox inbox = new Inbox(notifications, outbox, Clock.fixed(NOW, ZoneOffset.UTC));
  private final InboxBadge badge = new InboxBadge(notifications);

  @AfterEach
  void logOut() {
    SecurityContextHolder.clearContext();
  }

  private static void logIn(String username) {
    AuthenticatedUser user =
        new AuthenticatedUser(username, username, Role.CLERK, null, "planning", null, Set.of());
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_CLERK"));
  }

  private static NotificationRow row(long id, String recipient, Instant readAt) {
    return new NotificationRow(id, recipient, "WARNING_RED", "a-1", "标题", "正文", NOW, readAt);
  }

  @Test
  void aMessageIsDeliveredOnceToEachRecipientStampedNowAndUnread() {
    inbox.deliver(List.of("clerk", "supervisor", "clerk"), "WARNING_RED", "a-1", "标题", "正文");

    ArgumentCaptor<NotificationRow> rows = ArgumentCaptor.forClass(NotificationRow.class);
    verify(notifications, times(2)).insert(rows.capture());
    assertThat(rows.getAllValues())
        .extracting(NotificationRow::recipient)
        .containsExactly("clerk", "supervisor");
    assertThat(rows.getAllValues())
        .allSatisfy(
            row -> {
              assertThat(row.kind()).isEqualTo("WARNING_RED");
              assertThat(row.applicationId()).isEqualTo("a-1");
              assertThat(row.createdAt()).isEqualTo(NOW);
              assertThat(row.readAt()).isNull();
            });
    // the same recipients, once each, are queued for their other channels
    verify(outbox).queue(List.of("clerk", "supervisor"), "WARNING_RED", "a-1", "标题", "正文", null);
  }

  @Test
  void nobodyToTellDeliversNothing() {
    inbox.deliver(List.of(), "STEP_RED", "a-1", "标题", "正文");

    verify(notifications, never()).insert(any());
  }

  @Test
  void aUserReadsTheirOwnMessagesOnly() {
    logIn("clerk");
    when(notifications.findPage("clerk", true, 0, 20)).thenReturn(List.of(row(3, "clerk", null)));

    var page = inbox.mine(true, PageRequest.of(0, 20));

    assertThat(page.content()).extracting(NotificationResponse::id).containsExactly(3L);
    assertThat(page.totalElements()).isEqualTo(1);
    verify(notifications, never()).count(any(), anyBoolean());
  }

  @Test
  void aMessageIsMarkedReadByItsRecipientNow() {
    logIn("clerk");
    when(notifications.findOwn(3L, "clerk"))
        .thenReturn(row(3, "clerk", null))
        .thenReturn(row(3, "clerk", NOW));

    NotificationResponse read = inbox.markRead(3L);

    verify(notifications).markRead(3L, "clerk", NOW);
    assertThat(read.readAt()).isNotNull();
  }

  @Test
  void someoneElsesMessageIsNotThere() {
    logIn("enterprise");

    ProblemException refused = null;
    try {
      inbox.markRead(3L);
    } catch (ProblemException e) {
      refused = e;
    }

    assertThat(refused).isNotNull();
    assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.code()).isEqualTo("NOTIFICATION_NOT_FOUND");
    verify(notifications, never()).markRead(anyLong(), anyString(), any());
  }

  @Test
  void theMessagesOfAnApplicationAreTheUsersOwnLatestFifty() {
    logIn("enterprise");

    inbox.forApplication("a-1");

    verify(notifications).findForApplication("enterprise", "a-1", 50);
  }

  @Test
  void theBadgeCountsTheUsersUnreadMessagesAndNothingForAVisitor() {
    assertThat(badge.unread()).isZero();
    verify(notifications, never()).count(anyString(), anyBoolean());

    logIn("clerk");
    when(notifications.count("clerk", true)).thenReturn(4L);
    assertThat(badge.unread()).isEqualTo(4);
  }
}
