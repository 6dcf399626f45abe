package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.WarningTurnedRed;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** A RED warning reaches the department's clerks and the supervisors, in their inbox. */
@WithHall
class WarningNoticesTest {

  Hall hall;
  Journeys journeys;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  private Optional<JsonNode> notice(String username, String applicationId, boolean unread) {
    Api.Response inbox = journeys.as(username).get("/api/notifications?size=100&unread=" + unread);
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
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    OffsetDateTime deadline = OffsetDateTime.parse("2026-12-09T23:59:59+08:00");
    transactions.executeWithoutResult(
        status -> events.publishEvent(new WarningTurnedRed(id, hall.department(), deadline)));

    JsonNode toClerk = notice(hall.clerk(), id, true).orElseThrow();
    assertThat(toClerk.path("kind").asText()).isEqualTo("WARNING_RED");
    assertThat(toClerk.path("title").asText()).contains(number);
    assertThat(toClerk.path("body").asText()).contains("2026-12-09 23:59");
    assertThat(notice(hall.reviewer(), id, true)).isPresent();
    assertThat(notice(hall.approver(), id, true)).isPresent();
    assertThat(notice(hall.supervisor(), id, true)).isPresent();
    assertThat(notice(hall.outsider(), id, false)).isEmpty();
    assertThat(notice(hall.enterprise(), id, false)).isEmpty();

    long noticeId = toClerk.path("id").asLong();
    assertThat(
            journeys
                .as(hall.enterprise())
                .post("/api/notifications/" + noticeId + "/read", null)
                .status())
        .isEqualTo(404);
    Api.Response read =
        journeys.as(hall.clerk()).post("/api/notifications/" + noticeId + "/read", null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text("readAt")).isNotBlank();
    assertThat(notice(hall.clerk(), id, true)).isEmpty();
    assertThat(notice(hall.clerk(), id, false)).isPresent();
    assertThat(notice(hall.reviewer(), id, true)).as("each reads their own copy").isPresent();
  }
}
