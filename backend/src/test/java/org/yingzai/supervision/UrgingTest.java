package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** 督办: a supervisor urges with a reason, the department answers in writing, once. */
@WithHall
class UrgingTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @Test
  void supervisorUrgesAndTheDepartmentAnswersInWriting() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api supervisor = journeys.as(hall.supervisor());
    Api.Response urged =
        supervisor.post(
            "/api/supervision/urges", Map.of("applicationId", id, "reason", "受理已近时限，请加快办理"));
    assertThat(urged.status()).as(urged.toString()).isEqualTo(201);
    long urgeId = urged.body().path("id").asLong();
    assertThat(urged.text("departmentCode")).isEqualTo(hall.department());
    assertThat(urged.text("applicationNumber")).startsWith("YZ");
    assertThat(jdbc.queryForObject("SELECT urged_by FROM urge WHERE id = ?", String.class, urgeId))
        .isEqualTo(hall.supervisor());

    assertThat(supervisor.get("/api/supervision/urges?open=true&size=100").body().toString())
        .contains(id);
    Api clerk = journeys.as(hall.clerk());
    assertThat(clerk.get("/api/urges?open=true&size=100").body().toString()).contains(id);
    assertThat(journeys.as(hall.outsider()).get("/api/urges?size=100").body().toString())
        .doesNotContain(id);

    Api.Response noFeedback =
        clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", " "));
    assertThat(noFeedback.status()).isEqualTo(400);
    Api.Response otherDepartment =
        journeys
            .as(hall.outsider())
            .post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "x"));
    assertThat(otherDepartment.status()).isEqualTo(404);
    assertThat(otherDepartment.code()).isEqualTo("URGE_NOT_FOUND");

    Api.Response answered =
        clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "已安排专人今日受理"));
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.text("answeredBy")).isEqualTo(hall.clerk());
    assertThat(answered.text("answeredAt")).isNotBlank();
    Api.Response again =
        journeys
            .as(hall.reviewer())
            .post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "再次"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("URGE_ALREADY_ANSWERED");
    assertThat(supervisor.get("/api/supervision/urges?open=false&size=100").body().toString())
        .contains("已安排专人今日受理");
  }

  @Test
  void urgingNeedsAReasonAnOpenApplicationAndTheSupervisorRole() {
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    Api supervisor = journeys.as(hall.supervisor());
    Api.Response noReason =
        supervisor.post("/api/supervision/urges", Map.of("applicationId", id, "reason", ""));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(
            journeys
                .as(hall.clerk())
                .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "x"))
                .status())
        .isEqualTo(403);
    Api.Response unknown =
        supervisor.post(
            "/api/supervision/urges",
            Map.of("applicationId", "no-such-application", "reason", "x"));
    assertThat(unknown.status()).isEqualTo(404);

    journeys.complete(hall.clerk(), id, "APPROVE", null);
    Api.Response finished =
        supervisor.post("/api/supervision/urges", Map.of("applicationId", id, "reason", "x"));
    assertThat(finished.status()).isEqualTo(409);
    assertThat(finished.code()).isEqualTo("APPLICATION_FINISHED");
  }
}
