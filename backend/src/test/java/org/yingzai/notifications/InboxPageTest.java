package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The inbox page and the unread badge of the frame over plain HTTP. */
@WithHall
class InboxPageTest {

  Hall hall;
  Journeys journeys;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationMapper notifications;

  private long deliver(String recipient, String title, String applicationId) {
    notifications.insert(
        new NotificationMapper.NotificationRow(
            null, recipient, "TEST", applicationId, title, "正文", Instant.now(), null));
    return jdbc.queryForObject(
        "SELECT id FROM notification WHERE title = ? AND recipient = ?",
        Long.class,
        title,
        recipient);
  }

  @Test
  void messagesAreListedNewestFirstUnreadMarkedAndMarkedRead() {
    String older = "旧消息 " + UUID.randomUUID();
    String newer = "新消息 " + UUID.randomUUID();
    String applicationId = UUID.randomUUID().toString();
    deliver(hall.reviewer(), older, null);
    long id = deliver(hall.reviewer(), newer, applicationId);
    WebSession reviewer = journeys.web(hall.reviewer());

    WebSession.Page inbox = reviewer.get("/inbox");
    assertThat(inbox.status()).isEqualTo(200);
    String html = inbox.html();
    assertThat(html.indexOf(newer)).isLessThan(html.indexOf(older)).isPositive();
    assertThat(html)
        .contains("message--unread", "/workbench/applications/" + applicationId)
        .containsPattern("<span class=\"badge\" aria-hidden=\"true\">\\d+</span>");
    long unread = notifications.count(hall.reviewer(), true);

    WebSession.Page read = reviewer.post("/inbox/" + id + "/read", java.util.Map.of());
    assertThat(read.status()).isEqualTo(302);
    assertThat(notifications.count(hall.reviewer(), true)).isEqualTo(unread - 1);
    assertThat(notifications.findOwn(id, hall.reviewer()).readAt()).isNotNull();
  }

  @Test
  void anAnonymousVisitorSeesNoBadgeAndAnEnterpriseLinksToItsOwnPage() {
    assertThat(WebSession.anonymous(http).get("/login").html()).doesNotContain("class=\"badge\"");
    String applicationId = UUID.randomUUID().toString();
    deliver(hall.otherEnterprise(), "企业消息 " + applicationId, applicationId);
    assertThat(journeys.web(hall.otherEnterprise()).get("/inbox").html())
        .contains("/my/applications/" + applicationId);
  }
}
