package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * What the audit trail records of the calendar: a year published, replaced and withdrawn. Works on
 * 2035 only and leaves the database and the in-memory calendar as it found them.
 */
@WithHall
class CalendarAuditTest {

  private static final int YEAR = 2035;
  private static final String YEAR_PATH = "/api/admin/calendar/years/" + YEAR;

  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingCalendar workingCalendar;
  Hall hall;
  Journeys journeys;

  @BeforeEach
  @AfterEach
  void withdraw2035() {
    jdbc.update("DELETE FROM calendar_day WHERE year = ?", YEAR);
    jdbc.update("DELETE FROM calendar_year WHERE year = ?", YEAR);
    jdbc.update("DELETE FROM calendar_change WHERE year = ?", YEAR);
    workingCalendar.reload();
  }

  private static Map<String, Object> year(String source, String... holidays) {
    List<Map<String, Object>> days = new ArrayList<>();
    for (String day : holidays) {
      days.add(Map.of("day", day, "kind", "HOLIDAY", "name", "假日"));
    }
    return Map.of("source", source, "days", days);
  }

  /** The hall's administrator's records of the year, oldest first. */
  private List<JsonNode> trail() {
    Api.Response page =
        journeys
            .as(hall.supervisor())
            .get("/api/audit?size=100&actor=" + hall.admin() + "&object=calendar-year:" + YEAR);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<JsonNode> records = new ArrayList<>();
    page.body().path("content").forEach(r -> records.add(0, r));
    return records;
  }

  @Test
  void aYearPublishedReplacedAndWithdrawnIsRecordedEachTime() {
    Api admin = journeys.as(hall.admin());
    assertThat(admin.put(YEAR_PATH, year("测试：2035年安排", "2035-01-01")).status()).isEqualTo(201);
    assertThat(admin.put(YEAR_PATH, year("测试：更正", "2035-01-01", "2035-05-01")).status())
        .isEqualTo(200);
    ResponseEntity<String> withdrawn =
        journeys
            .http(hall.admin())
            .exchange(YEAR_PATH, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    assertThat(withdrawn.getStatusCode().value()).isEqualTo(204);

    List<JsonNode> records = trail();
    assertThat(records)
        .extracting(r -> r.path("action").asText())
        .containsExactly(
            "CALENDAR_YEAR_PUBLISHED", "CALENDAR_YEAR_REPLACED", "CALENDAR_YEAR_WITHDRAWN");
    JsonNode published = records.get(0);
    assertThat(published.path("actor").asText()).isEqualTo(hall.admin());
    assertThat(published.path("role").asText()).isEqualTo("ADMIN");
    assertThat(published.path("object").asText()).isEqualTo("calendar-year:" + YEAR);
    assertThat(published.path("hash").asText()).hasSize(64);
    JsonNode verified = journeys.as(hall.supervisor()).get("/api/audit/verification").body();
    assertThat(verified.path("valid").asBoolean()).isTrue();
  }

  @Test
  void aRefusedYearRecordsNothing() {
    // the class's other test may have recorded the year already
    int before = trail().size();
    Api.Response refused = journeys.as(hall.admin()).put(YEAR_PATH, year("测试：错误", "2036-01-01"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("CALENDAR_DAYS_INVALID");

    assertThat(trail()).hasSize(before);
  }
}
