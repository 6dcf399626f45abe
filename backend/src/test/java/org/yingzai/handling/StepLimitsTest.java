package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.StepTimerJobs;
import org.yingzai.support.WithHall;

/** Steps carry their own limits: each task is due by its step's limit and has its own level. */
@WithHall
class StepLimitsTest {

  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private String processInstance(String applicationId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM application WHERE id = ?", String.class, applicationId);
  }

  private static void now(int month, int day, int hour) {
    EngineTime.at(LocalDateTime.of(2026, month, day, hour, 0));
  }

  @Test
  void theItemShowsItsStepLimits() {
    JsonNode limits =
        Api.anonymous(http).get("/api/items/" + hall.committedItem()).body().path("stepLimits");
    assertThat(limits.path("ACCEPT").asInt()).isEqualTo(1);
    assertThat(limits.path("REVIEW").asInt()).isEqualTo(5);
    assertThat(limits.path("DECIDE").asInt()).isEqualTo(2);
    assertThat(limits.path("SUPPLEMENT").asInt()).isEqualTo(10);
  }

  @Test
  void anAcceptTaskIsDueByItsStepLimitAndItsLevelFollowsTheCalendar() {
    // Friday before the 2026 Spring Festival: Saturday Feb 14 is worked, Feb 15–23 are off
    now(2, 13, 10);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(task.path("dueAt").asText()).isEqualTo("2026-02-14T23:59:59+08:00");
    assertThat(task.path("warningLevel").asText()).isEqualTo("GREEN");

    // the step's timers change its level: from the start of Saturday YELLOW, after it RED
    now(2, 14, 9);
    assertThat(StepTimerJobs.runDue(management, processInstance(id))).isEqualTo(1);
    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("warningLevel").asText())
        .isEqualTo("YELLOW");
    now(2, 24, 9);
    assertThat(StepTimerJobs.runDue(management, processInstance(id))).isEqualTo(1);
    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("warningLevel").asText())
        .isEqualTo("RED");

    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    JsonNode review = journeys.findTask(hall.reviewer(), id).orElseThrow();
    // five working days from Tuesday Feb 24: Feb 25, 26, 27, Saturday 28 (worked), Mar 2
    assertThat(review.path("dueAt").asText()).isEqualTo("2026-03-02T23:59:59+08:00");
    assertThat(review.path("warningLevel").asText()).isEqualTo("GREEN");
  }
}
