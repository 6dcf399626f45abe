package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** The supervisor's timing board over HTTP. */
@WithHall
class OverviewTest {

  Hall hall;
  Journeys journeys;

  private JsonNode overview(String query) {
    Api.Response response = journeys.as(hall.supervisor()).get("/api/supervision/overview" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  @Test
  void finishedApplicationsFeedTheItemsTimingAndOnTimeRate() {
    // one fixed working morning: accepted and decided the same day, whenever the suite runs
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    long openBefore = overview("?department=" + hall.department()).path("open").asLong();
    String id = journeys.submitted(hall.enterprise(), hall.permitItem());
    assertThat(overview("?department=" + hall.department()).path("open").asLong())
        .isEqualTo(openBefore + 1);

    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    journeys.complete(hall.reviewer(), id, "PASS", null);
    journeys.complete(hall.approver(), id, "APPROVE", null);

    JsonNode board = overview("?item=" + hall.permitItem());
    JsonNode item = board.path("items").get(0);
    assertThat(item.path("code").asText()).isEqualTo(hall.permitItem());
    assertThat(item.path("finished").asLong()).isGreaterThanOrEqualTo(1);
    // decided on the day of acceptance: no working day used, on time
    assertThat(item.path("medianWorkingDays").asInt()).isZero();
    assertThat(item.path("onTimeRate").asDouble()).isEqualTo(1.0);
    int legal = item.path("legalLimit").asInt();
    int promised = item.path("promisedLimit").asInt();
    assertThat(item.path("promisedReduction").asDouble()).isEqualTo(1 - (double) promised / legal);
    assertThat(item.path("actualReduction").asDouble()).isEqualTo(1.0);
    assertThat(board.path("onTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(board.path("byWarningLevel").has("RED")).isTrue();
  }

  @Test
  void departmentsAreListedWithTheirOpenWork() {
    journeys.submitted(hall.enterprise(), hall.committedItem());
    JsonNode board = overview("");
    assertThat(board.path("byDepartment").toString())
        .contains(hall.department())
        .contains(hall.departmentName());
    assertThat(board.path("open").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    Api.Response response =
        journeys.as(hall.supervisor()).get("/api/supervision/overview?from=2026-05&to=2026-01");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("PERIOD_INVALID");
    assertThat(journeys.as(hall.clerk()).get("/api/supervision/overview").status()).isEqualTo(403);
  }
}
