package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * A deadline that counts a day of a year without a published calendar says so wherever it is shown.
 * The hall's committed item promises 8 of 20 legal working days: accepted on Monday 7 December 2026
 * it is due on 17 December as promised, within the published 2026, and on 4 January 2027 by law,
 * counted Monday to Friday while 2027 is not published.
 */
@WithHall
class ProvisionalDeadlineTest {

  @Autowired WorkingCalendar calendar;
  Hall hall;
  Journeys journeys;

  private String acceptedOnDecember7() {
    EngineTime.at(LocalDateTime.of(2026, 12, 7, 9, 0));
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    EngineTime.at(LocalDateTime.of(2026, 12, 7, 10, 0));
    Api.Response accepted = journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return id;
  }

  @Test
  void aLegalDeadlineInAnUnpublishedYearIsProvisionalWhileThePromisedOneIsNot() {
    assertThat(calendar.isPublished(2027)).as("2027 is not published in this test").isFalse();
    String id = acceptedOnDecember7();

    JsonNode clock = journeys.application(hall.enterprise(), id).path("clock");
    assertThat(clock.path("deadline").asText()).isEqualTo("2026-12-17T23:59:59+08:00");
    assertThat(clock.path("provisional").asBoolean()).isFalse();
    assertThat(clock.path("legalDeadline").asText()).isEqualTo("2027-01-04T23:59:59+08:00");
    assertThat(clock.path("legalProvisional").asBoolean()).isTrue();

    JsonNode listed = journeys.listed(hall.clerk(), id).orElseThrow();
    assertThat(listed.path("deadlineProvisional").asBoolean()).isFalse();
    assertThat(listed.path("legalDeadlineProvisional").asBoolean()).isTrue();
    assertThat(progress(id).path("provisional").asBoolean()).isFalse();

    String page = journeys.web(hall.enterprise()).get("/my/applications/" + id).html();
    assertThat(page)
        .containsPattern("2027-01-04 23:59</span>\\s*<span class=\"tag tag--grey\">暂定</span>")
        .doesNotContainPattern("2026-12-17 23:59</span>\\s*<span class=\"tag tag--grey\">暂定");
  }

  @Test
  void aStepDueInAnUnpublishedYearIsProvisionalInTheQueue() {
    // the review step has 5 working days: from 28 December 2026 it is due on 4 January 2027
    EngineTime.at(LocalDateTime.of(2026, 12, 28, 9, 0));
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);

    JsonNode task = journeys.findTask(hall.reviewer(), id).orElseThrow();
    assertThat(task.path("dueAt").asText()).startsWith("2027-01-");
    assertThat(task.path("dueAtProvisional").asBoolean()).isTrue();
    assertThat(task.path("applicationDeadlineProvisional").asBoolean()).isTrue();
    JsonNode clock = journeys.application(hall.enterprise(), id).path("clock");
    assertThat(clock.path("provisional").asBoolean()).isTrue();
    assertThat(clock.path("legalProvisional").asBoolean()).isTrue();
    assertThat(progress(id).path("provisional").asBoolean()).isTrue();
    assertThat(
            journeys.listed(hall.clerk(), id).orElseThrow().path("deadlineProvisional").asBoolean())
        .isTrue();
  }

  private JsonNode progress(String id) {
    JsonNode application = journeys.application(hall.enterprise(), id);
    return journeys
        .as(hall.enterprise())
        .get(
            "/api/progress?number="
                + application.path("number").asText()
                + "&queryCode="
                + application.path("queryCode").asText())
        .body();
  }
}
