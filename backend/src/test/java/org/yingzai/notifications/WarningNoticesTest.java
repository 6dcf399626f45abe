package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.WarningTurnedRed;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** A RED warning reaches the department's clerks and the supervisors, in their inbox. */
@IntegrationTest
class WarningNoticesTest {

  @Autowired TestRestTemplate http;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  private Optional<JsonNode> notice(String username, String applicationId, boolean unread) {
    Api.Response inbox = Api.as(http, username).get("/api/notifications?size=100&unread=" + unread);
    assertThat(inbox.status()).isEqualTo(200);
    for (JsonNode notification : inbox.body().path("content")) {
      if (applicationId.equals(notification.path("applicationId").asText())) {
        return Optional.of(notification);
      }
    }
    return Optional.empty();
  }

  @Test
  void redWarningIsDeliveredToTheDepartmentAndSupervisorsAndCanBeRead() {
    Journeys journeys = new Journeys(http);
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String number = journeys.application("enterprise", id).path("number").asText();
    OffsetDateTime deadline = OffsetDateTime.parse("2026-12-09T23:59:59+08:00");
    transactions.executeWithoutResult(
        status -> events.publishEvent(new WarningTurnedRed(id, "planning", deadline)));

    JsonNode toClerk = notice("clerk", id, true).orElseThrow();
    assertThat(toClerk.path("kind").asText()).isEqualTo("WARNING_RED");
    assertThat(toClerk.path("title").asText()).contains(number);
    assertThat(toClerk.path("body").asText()).contains("2026-12-09 23:59");
    assertThat(notice("reviewer", id, true)).isPresent();
    assertThat(notice("approver", id, true)).isPresent();
    assertThat(notice("supervisor", id, true)).isPresent();
    assertThat(notice("market-clerk", id, false)).isEmpty();
    assertThat(notice("enterprise", id, false)).isEmpty();

    long noticeId = toClerk.path("id").asLong();
    assertThat(
            Api.as(http, "enterprise")
                .post("/api/notifications/" + noticeId + "/read", null)
                .status())
        .isEqualTo(404);
    Api.Response read =
        Api.as(http, "clerk").post("/api/notifications/" + noticeId + "/read", null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text("readAt")).isNotBlank();
    assertThat(notice("clerk", id, true)).isEmpty();
    assertThat(notice("clerk", id, false)).isPresent();
    assertThat(notice("reviewer", id, true)).as("each reads their own copy").isPresent();
  }
}
