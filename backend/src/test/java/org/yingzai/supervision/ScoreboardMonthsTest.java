package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * A month that is over is counted once, the first time the scoreboard reads it, and kept: a
 * correction made later changes neither the published month nor a period made of whole months,
 * while a period that cuts a month is counted from the applications. March 2019, which nothing else
 * touches.
 */
@WithHall
class ScoreboardMonthsTest {

  private static final String MARCH = "/api/scoreboard?from=2019-03-01&to=2019-03-31";

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  Hall hall;

  @Test
  void aClosedMonthIsKeptAsItWasFirstPublished() {
    String station = hall.station("STATION", hall.committedItem());
    // online, on time; at a station, late under the promised limit
    finished("ONLINE", null, "2019-03-04 02:00:00", "2019-03-08 02:00:00", "2019-03-12 15:59:59");
    finished(
        "STATION", station, "2019-03-05 02:00:00", "2019-03-20 02:00:00", "2019-03-12 15:59:59");

    JsonNode published = Api.anonymous(http).get(MARCH).body();
    assertThat(value(published, "nearby.share")).isEqualTo(0.5);
    assertThat(value(published, "onTime.promised")).isEqualTo(0.5);
    assertThat(
            jdbc.queryForObject(
                "SELECT taken FROM scoreboard_month WHERE month = '2019-03-01'", Long.class))
        .isEqualTo(2);

    // a third application of March appears afterwards (a correction, an import)
    finished("ONLINE", null, "2019-03-06 02:00:00", "2019-03-07 02:00:00", "2019-03-12 15:59:59");

    JsonNode again = Api.anonymous(http).get(MARCH).body();
    assertThat(value(again, "nearby.share")).isEqualTo(0.5);
    assertThat(value(again, "onTime.promised")).isEqualTo(0.5);
    // March beside April, both whole and over: still as published
    JsonNode twoMonths =
        Api.anonymous(http).get("/api/scoreboard?from=2019-03-01&to=2019-04-30").body();
    assertThat(figure(twoMonths, "nearby.share").path("of").asLong()).isEqualTo(2);
    // a period that cuts March is counted from the applications themselves
    JsonNode cut = Api.anonymous(http).get("/api/scoreboard?from=2019-03-02&to=2019-03-31").body();
    assertThat(figure(cut, "nearby.share").path("of").asLong()).isEqualTo(3);
    assertThat(value(cut, "onTime.promised")).isCloseTo(2 / 3.0, within());
  }

  private void finished(
      String channel, String station, String submittedAt, String finishedAt, String deadline) {
    jdbc.update(
        "INSERT INTO application (id, item_code, department_code, handling_type, enterprise_id,"
            + " applicant_username, channel, station_code, status, form_json, created_at,"
            + " submitted_at, accepted_at, finished_at, deadline, legal_deadline)"
            + " VALUES (?, ?, ?, 'COMMITTED', ?, ?, ?, ?, 'APPROVED', '{}', ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        hall.committedItem(),
        hall.department(),
        hall.applicant().id(),
        hall.enterprise(),
        channel,
        station,
        submittedAt,
        submittedAt,
        submittedAt,
        finishedAt,
        deadline,
        deadline);
  }

  private static double value(JsonNode board, String key) {
    return figure(board, key).path("value").asDouble();
  }

  private static JsonNode figure(JsonNode board, String key) {
    for (JsonNode figure : board.path("figures")) {
      if (key.equals(figure.path("key").asText())) {
        return figure;
      }
    }
    throw new AssertionError("No figure " + key + " in " + board);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
