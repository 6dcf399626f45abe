package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/** Publishing a calendar year moves running clocks' deadlines, and their timers follow. */
@WithHall
class CalendarRearmTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;

  @AfterEach
  void restore() {
    TestYear2027.withdraw(journeys, hall.admin());
  }

  private List<OffsetDateTime> timerMoments(String applicationId) {
    return new WarningTimerJobs(jdbc, management)
        .of(applicationId).stream()
            .map(Job::getDuedate)
            .map(date -> Times.local(date.toInstant()))
            .toList();
  }

  @Test
  void publishingTheNextYearReArmsTheTimersOfRunningClocks() {
    // Monday Dec 28 2026: 8 working days reach into 2027, counted Monday to Friday for now
    EngineTime.at(LocalDateTime.of(2026, 12, 28, 10, 0));
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(journeys.application(hall.enterprise(), id).path("deadline").asText())
        .isEqualTo("2027-01-07T23:59:59+08:00");
    // YELLOW with 2 working days left: from Wednesday 6 January
    assertThat(timerMoments(id)).containsExactly(OffsetDateTime.parse("2027-01-06T00:00:00+08:00"));
    JsonNode listedBefore = journeys.listed(hall.supervisor(), id).orElseThrow();
    assertThat(listedBefore.path("deadline").asText()).isEqualTo("2027-01-07T23:59:59+08:00");
    assertThat(listedBefore.path("legalDeadline").asText()).isEqualTo("2027-01-25T23:59:59+08:00");

    // a 2027 notice (hypothetical test data): Jan 1, 4 and 5 off
    Api.Response published = TestYear2027.publish(journeys, hall.admin());
    assertThat(published.status()).as(published.toString()).isIn(200, 201);

    assertThat(journeys.application(hall.enterprise(), id).path("deadline").asText())
        .isEqualTo("2027-01-12T23:59:59+08:00");
    // 2 working days left (11 and 12 January) from Saturday 9 January
    assertThat(timerMoments(id)).containsExactly(OffsetDateTime.parse("2027-01-09T00:00:00+08:00"));
    // the copies that lists filter and sort on follow too
    JsonNode listed = journeys.listed(hall.supervisor(), id).orElseThrow();
    assertThat(listed.path("deadline").asText()).isEqualTo("2027-01-12T23:59:59+08:00");
    assertThat(listed.path("legalDeadline").asText()).isEqualTo("2027-01-28T23:59:59+08:00");
  }
}
