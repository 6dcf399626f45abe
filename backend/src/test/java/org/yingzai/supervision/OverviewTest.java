package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** The supervisor's timing board over HTTP. */
@IntegrationTest
class OverviewTest {

  private static final String ITEM = "GX-MKT-002";

  @Autowired TestRestTemplate http;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
  }

  private JsonNode overview(String query) {
    Api.Response response = journeys.as("supervisor").get("/api/supervision/overview" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void finishedApplicationsFeedTheItemsTimingAndOnTimeRate() {
    // one fixed working morning: accepted and decided the same day, whenever the suite runs
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    long openBefore = overview("?department=market").path("open").asLong();
    String id = journeys.submitted("enterprise", ITEM);
    assertThat(overview("?department=market").path("open").asLong()).isEqualTo(openBefore + 1);

    journeys.complete("market-clerk", id, "ACCEPT", null);
    journeys.complete("market-clerk", id, "PASS", null);
    journeys.complete("market-clerk", id, "APPROVE", null);

    JsonNode board = overview("?item=" + ITEM);
    JsonNode item = board.path("items").get(0);
    assertThat(item.path("code").asText()).isEqualTo(ITEM);
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
    journeys.submitted("enterprise", "GX-PLAN-001");
    JsonNode board = overview("");
    assertThat(board.path("byDepartment").toString()).contains("planning").contains("规划建设局");
    assertThat(board.path("open").asLong()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    Api.Response response =
        journeys.as("supervisor").get("/api/supervision/overview?from=2026-05&to=2026-01");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("PERIOD_INVALID");
    assertThat(journeys.as("clerk").get("/api/supervision/overview").status()).isEqualTo(403);
  }
}
