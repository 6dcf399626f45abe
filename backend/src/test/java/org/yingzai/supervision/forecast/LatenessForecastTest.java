package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.HistorySimulation.Item;
import org.yingzai.supervision.forecast.HistorySimulation.Task;
import org.yingzai.supervision.forecast.HistoryWriter.ItemFacts;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The lateness forecast on the real database, with a history the test writes itself: reviews of the
 * hall's item took longer the more tasks waited in front, and thirty applications now wait in one
 * queue; the back of that queue is likely late, the front is not.
 */
@WithHall
class LatenessForecastTest {

  private static final int OPEN = 30;

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingCalendar calendar;
  @Autowired LatenessForecasts forecasts;
  @Autowired TestRestTemplate http;

  private static boolean written;

  @BeforeAll
  static void reset() {
    written = false;
  }

  private void history() {
    if (written) {
      return;
    }
    written = true;
    WorkingDays days = WorkingDays.of(calendar);
    Item item = Item.of(hall.committedItem(), hall.department(), 8, 1);
    LocalDate today = LocalDate.now(Times.ZONE);
    List<Case> cases = new ArrayList<>();
    // one at a time: nobody in front, one working day each
    LocalDate quiet = days.add(today.minusDays(120), 1);
    for (int i = 0; i < 20; i++) {
      LocalDate day = days.add(quiet, 2 * i);
      cases.add(finished(item, at(day, 10, 0), days.add(day, 1), days));
    }
    // a swell: the j-th had j in front and took 1 + j/2 working days
    LocalDate swell = days.add(today.minusDays(50), 1);
    for (int j = 0; j < 20; j++) {
      cases.add(finished(item, at(swell, 10, j), days.add(swell, 1 + j / 2), days));
    }
    // now: thirty accepted on the last working day, all still waiting for review
    LocalDate accepted = today.minusDays(1);
    while (!days.isWorkingDay(accepted)) {
      accepted = accepted.minusDays(1);
    }
    for (int k = 0; k < OPEN; k++) {
      Instant created = at(accepted, 10, k);
      cases.add(
          new Case(
              item,
              created.minusSeconds(3600),
              created,
              List.of(
                  new Task("accept", created.minusSeconds(3600), created, "ACCEPT"),
                  new Task("review", created, null, null)),
              List.of(),
              null,
              false));
    }
    new HistoryWriter(jdbc, days)
        .write(
            cases,
            Map.of(
                hall.committedItem(), new ItemFacts(hall.committedItemName(), 20, 10, "COMMITTED")),
            hall.applicant().id(),
            "F" + hall.department().substring(hall.department().length() - 4),
            Instant.now());
  }

  private static Case finished(
      Item item, Instant reviewCreated, LocalDate reviewDone, WorkingDays days) {
    Instant accepted = reviewCreated;
    Instant reviewed = at(reviewDone, 10, 0);
    Instant decided = at(days.add(reviewDone, 1), 10, 0);
    return new Case(
        item,
        accepted.minusSeconds(3600),
        accepted,
        List.of(
            new Task("accept", accepted.minusSeconds(3600), accepted, "ACCEPT"),
            new Task("review", reviewCreated, reviewed, "PASS"),
            new Task("decide", reviewed, decided, "APPROVE")),
        List.of(),
        decided,
        false);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(Times.ZONE).toInstant();
  }

  @Test
  void theBackOfALongQueueIsListedRiskiestFirstWithItsReasonsAndTheFrontIsNot() {
    history();
    assertThat(forecasts.refit()).isPositive();

    JsonNode page =
        journeys
            .as(hall.supervisor())
            .get("/api/supervision/forecast?size=100&department=" + hall.department())
            .body();
    JsonNode content = page.path("content");
    assertThat(page.path("totalElements").asLong()).isBetween(5L, (long) OPEN - 5);
    assertThat(content.size()).isEqualTo(page.path("totalElements").asInt());
    JsonNode top = content.get(0);
    assertThat(top.path("probability").asDouble()).isGreaterThan(0.9);
    assertThat(top.path("itemCode").asText()).isEqualTo(hall.committedItem());
    assertThat(top.path("reasons").toString()).contains("审查环节平均", "前面还有", "距承诺期限还剩");
    assertThat(content.toString()).contains("前面还有 29 件");
    assertThat(top.path("deadline").asText()).isNotBlank();
    assertThat(LocalDate.parse(top.path("estimatedFinish").asText()))
        .isAfter(LocalDate.parse(top.path("deadline").asText().substring(0, 10)));
    for (int i = 1; i < content.size(); i++) {
      assertThat(content.get(i).path("probability").asDouble())
          .isLessThanOrEqualTo(content.get(i - 1).path("probability").asDouble());
    }
    // a deadline is provisional exactly when it lies in a year without a calendar (2025 and 2026
    // are the published ones here)
    for (JsonNode row : content) {
      assertThat(row.path("deadlineProvisional").asBoolean())
          .isEqualTo(row.path("deadline").asText().compareTo("2027") >= 0);
    }
    // the front of the queue is not likely late: every row listed had ten or more in front
    for (JsonNode row : content) {
      String queue = row.path("reasons").get(1).asText().replaceAll(".*前面还有 (\\d+) 件", "$1");
      assertThat(Integer.parseInt(queue)).isGreaterThanOrEqualTo(10);
    }

    // the item filter and the language of the reader
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    String inEnglish =
        http.withBasicAuth(hall.supervisor(), Hall.PASSWORD)
            .exchange(
                "/api/supervision/forecast?item=" + hall.committedItem(),
                HttpMethod.GET,
                new HttpEntity<>(english),
                String.class)
            .getBody();
    assertThat(inEnglish).contains("29 in front of it", top.path("number").asText());

    // an application that turned YELLOW since the refit speaks through its level: it drops out
    jdbc.update(
        "UPDATE application SET warning_level = 'YELLOW' WHERE id = ?", top.path("id").asText());
    JsonNode after =
        journeys
            .as(hall.supervisor())
            .get("/api/supervision/forecast?size=100&department=" + hall.department())
            .body();
    assertThat(after.path("totalElements").asLong())
        .isEqualTo(page.path("totalElements").asLong() - 1);
    assertThat(after.toString()).doesNotContain(top.path("id").asText());

    var excel =
        http.withBasicAuth(hall.supervisor(), Hall.PASSWORD)
            .getForEntity(
                "/api/supervision/forecast.xlsx?department=" + hall.department(), byte[].class);
    assertThat(excel.getStatusCode().value()).isEqualTo(200);
    assertThat(excel.getHeaders().getContentType().toString()).contains("spreadsheetml");
    assertThat(excel.getBody()).isNotEmpty();

    assertThat(journeys.as(hall.clerk()).get("/api/supervision/forecast").status()).isEqualTo(403);
  }

  @Test
  void theBoardPageShowsTheListAsATableWithLinksAndReasons() {
    history();
    forecasts.refit();
    // the riskiest row as the API lists it (another test of this hall may have moved the first)
    JsonNode top =
        journeys
            .as(hall.supervisor())
            .get("/api/supervision/forecast?size=1&department=" + hall.department())
            .body()
            .path("content")
            .get(0);
    String id = top.path("id").asText();
    String queue = top.path("reasons").get(1).asText();

    WebSession supervisor = journeys.web(hall.supervisor());
    WebSession.Page page = supervisor.get("/board/forecast?department=" + hall.department());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains(
            "<table class=\"stack forecast\">",
            "<th scope=\"col\">超期概率</th>",
            "href=\"/board/applications/" + id + "\"",
            queue,
            "id=\"likely-late\"");
    assertThat(journeys.web(hall.clerk()).get("/board/forecast").status()).isIn(302, 403);
  }
}
