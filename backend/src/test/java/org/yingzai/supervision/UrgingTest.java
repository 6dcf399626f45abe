package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** 督办: a supervisor urges with a reason, the department answers in writing, once. */
@IntegrationTest
class UrgingTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
  }

  @Test
  void supervisorUrgesAndTheDepartmentAnswersInWriting() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    Api supervisor = journeys.as("supervisor");
    Api.Response urged =
        supervisor.post(
            "/api/supervision/urges", Map.of("applicationId", id, "reason", "受理已近时限，请加快办理"));
    assertThat(urged.status()).as(urged.toString()).isEqualTo(201);
    long urgeId = urged.body().path("id").asLong();
    assertThat(urged.text("departmentCode")).isEqualTo("planning");
    assertThat(urged.text("applicationNumber")).startsWith("YZ");
    assertThat(jdbc.queryForObject("SELECT urged_by FROM urge WHERE id = ?", String.class, urgeId))
        .isEqualTo("supervisor");

    assertThat(supervisor.get("/api/supervision/urges?open=true&size=100").body().toString())
        .contains(id);
    Api clerk = journeys.as("clerk");
    assertThat(clerk.get("/api/urges?open=true&size=100").body().toString()).contains(id);
    assertThat(journeys.as("market-clerk").get("/api/urges?size=100").body().toString())
        .doesNotContain(id);

    Api.Response noFeedback =
        clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", " "));
    assertThat(noFeedback.status()).isEqualTo(400);
    Api.Response otherDepartment =
        journeys
            .as("market-clerk")
            .post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "x"));
    assertThat(otherDepartment.status()).isEqualTo(404);
    assertThat(otherDepartment.code()).isEqualTo("URGE_NOT_FOUND");

    Api.Response answered =
        clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "已安排专人今日受理"));
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.text("answeredBy")).isEqualTo("clerk");
    assertThat(answered.text("answeredAt")).isNotBlank();
    Api.Response again =
        journeys
            .as("reviewer")
            .post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "再次"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("URGE_ALREADY_ANSWERED");
    assertThat(supervisor.get("/api/supervision/urges?open=false&size=100").body().toString())
        .contains("已安排专人今日受理");
  }

  @Test
  void urgingNeedsAReasonAnOpenApplicationAndTheSupervisorRole() {
    String id = journeys.submitted("enterprise", "GX-PLAN-002");
    Api supervisor = journeys.as("supervisor");
    Api.Response noReason =
        supervisor.post("/api/supervision/urges", Map.of("applicationId", id, "reason", ""));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(
            journeys
                .as("clerk")
                .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "x"))
                .status())
        .isEqualTo(403);
    Api.Response unknown =
        supervisor.post(
            "/api/supervision/urges",
            Map.of("applicationId", "no-such-application", "reason", "x"));
    assertThat(unknown.status()).isEqualTo(404);

    journeys.complete("clerk", id, "APPROVE", null);
    Api.Response finished =
        supervisor.post("/api/supervision/urges", Map.of("applicationId", id, "reason", "x"));
    assertThat(finished.status()).isEqualTo(409);
    assertThat(finished.code()).isEqualTo("APPLICATION_FINISHED");
  }
}
