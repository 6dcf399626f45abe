package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Administrators publish, replace and withdraw a year over HTTP, and the next deadline counts it.
 * Works on 2031 only and leaves the database and the in-memory calendar as it found them.
 */
@WithHall
class CalendarAdminTest {

  Hall hall;
  Journeys journeys;
  private static final int YEAR = 2031;
  private static final String YEAR_PATH = "/api/admin/calendar/years/" + YEAR;
  // Thursday 30 January 2031: one working day on is Friday 31 January, unless it is a holiday
  private static final String DEADLINE = "/api/calendar/deadline?acceptedOn=2031-01-30&limit=1";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingCalendar workingCalendar;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  @AfterEach
  void withdraw2031() {
    jdbc.update("DELETE FROM calendar_day WHERE year = ?", YEAR);
    jdbc.update("DELETE FROM calendar_year WHERE year = ?", YEAR);
    jdbc.update("DELETE FROM calendar_change WHERE year = ?", YEAR);
    workingCalendar.reload();
  }

  @Test
  void publishesAYearThatTheNextDeadlineCounts() {
    Api.Response before = anonymous(HttpMethod.GET, DEADLINE);
    assertThat(before.text("deadline")).isEqualTo("2031-01-31T23:59:59+08:00");
    assertThat(before.body().path("provisional").asBoolean()).isTrue();

    Api.Response published = admin(HttpMethod.PUT, YEAR_PATH, springFestival2031());

    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.body().path("published").asBoolean()).isTrue();
    assertThat(published.body().path("source").asText()).isEqualTo("测试：2031年节假日安排");
    assertThat(published.body().path("publishedOn").asText()).isEqualTo("2030-11-12");
    assertThat(published.body().path("days")).hasSize(5);
    Api.Response after = anonymous(HttpMethod.GET, DEADLINE);
    assertThat(after.text("deadline")).isEqualTo("2031-02-03T23:59:59+08:00");
    assertThat(after.body().path("provisional").asBoolean()).isFalse();
    assertThat(anonymous(HttpMethod.GET, "/api/calendar/years/" + YEAR).body().path("days"))
        .hasSize(5);
    assertThat(workingCalendar.isWorkingDay(LocalDate.of(2031, 1, 26))).isTrue();

    JsonNode change = changes().get(0);
    assertThat(change.path("year").asInt()).isEqualTo(YEAR);
    assertThat(change.path("action").asText()).isEqualTo("PUBLISHED");
    assertThat(change.path("changedBy").asText()).isEqualTo(hall.admin());
    assertThat(change.path("changedAt").asText()).endsWith("+08:00");
    assertThat(change.path("source").asText()).isEqualTo("测试：2031年节假日安排");
    assertThat(change.path("days")).hasSize(5);
    assertThat(change.path("days").get(0).toString())
        .isEqualTo("{\"day\":\"2031-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
  }

  @Test
  void replacesAYearWithExactlyTheDaysGiven() {
    admin(HttpMethod.PUT, YEAR_PATH, springFestival2031());

    Api.Response replaced =
        admin(
            HttpMethod.PUT,
            YEAR_PATH,
            request("测试：更正后的通知", List.of(day("2031-01-01", "HOLIDAY", "元旦"))));

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.body().path("days")).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_day WHERE year = ?", Integer.class, YEAR))
        .isEqualTo(1);
    assertThat(anonymous(HttpMethod.GET, DEADLINE).text("deadline"))
        .isEqualTo("2031-01-31T23:59:59+08:00");
    assertThat(changes())
        .extracting(change -> change.path("action").asText())
        .containsExactly("REPLACED", "PUBLISHED");
    assertThat(changes().get(0).path("source").asText()).isEqualTo("测试：更正后的通知");
  }

  @Test
  void refusesTheWholeYearAndListsEveryBadEntry() {
    admin(HttpMethod.PUT, YEAR_PATH, springFestival2031());
    List<Map<String, Object>> days = new ArrayList<>();
    days.add(day("2031-01-01", "HOLIDAY", "元旦"));
    days.add(day("2032-01-01", "HOLIDAY", "元旦"));
    days.add(day("2031-01-31", "WORKDAY", "调休上班"));
    days.add(day("2031-01-01", "HOLIDAY", "元旦"));
    days.add(day("2031-02-30", "HOLIDAY", "春节"));
    days.add(day("2031-02-03", "DAY_OFF", "春节"));
    days.add(day("2031-02-04", "HOLIDAY", ""));

    Api.Response refused = admin(HttpMethod.PUT, YEAR_PATH, request("测试：有错的通知", days));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.code()).isEqualTo("CALENDAR_DAYS_INVALID");
    assertThat(refused.text("detail")).isEqualTo("日历中有 6 处错误，未作任何修改；请逐条更正后重新提交。");
    JsonNode errors = refused.body().path("errors");
    assertThat(errors).hasSize(6);
    assertThat(errors.findValuesAsText("index")).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(errors.findValuesAsText("reason"))
        .containsExactly(
            "DAY_OUTSIDE_YEAR",
            "WORKDAY_NOT_ON_WEEKEND",
            "DAY_REPEATED",
            "DAY_INVALID",
            "KIND_INVALID",
            "NAME_MISSING");
    assertThat(errors.get(0).path("day").asText()).isEqualTo("2032-01-01");
    assertThat(errors.get(0).path("message").asText()).isEqualTo("日期 2032-01-01 不在 2031 年内。");
    assertThat(errors.get(2).path("message").asText()).isEqualTo("日期 2031-01-01 与序号 0 的条目重复。");

    assertThat(anonymous(HttpMethod.GET, "/api/calendar/years/" + YEAR).body().path("days"))
        .as("unchanged")
        .hasSize(5);
    assertThat(anonymous(HttpMethod.GET, DEADLINE).text("deadline"))
        .isEqualTo("2031-02-03T23:59:59+08:00");
    assertThat(changes()).hasSize(1);
  }

  @Test
  void refusesABadYearOrRequest() {
    assertThat(admin(HttpMethod.PUT, "/api/admin/calendar/years/1899", springFestival2031()).code())
        .isEqualTo("CALENDAR_YEAR_INVALID");
    Map<String, Object> noSource = new LinkedHashMap<>(springFestival2031());
    noSource.remove("source");
    Api.Response missing = admin(HttpMethod.PUT, YEAR_PATH, noSource);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(missing.body().path("errors").has("source")).isTrue();
    Api.Response noDays = admin(HttpMethod.PUT, YEAR_PATH, Map.of("source", "测试"));
    assertThat(noDays.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(admin(HttpMethod.PUT, YEAR_PATH, "{not json").code()).isEqualTo("BODY_UNREADABLE");
    assertThat(
            anonymous(HttpMethod.GET, "/api/calendar/years/" + YEAR)
                .body()
                .path("published")
                .asBoolean())
        .isFalse();
  }

  @Test
  void publishesAYearWithoutExceptionalDays() {
    Api.Response published = admin(HttpMethod.PUT, YEAR_PATH, request("测试：无调整", List.of()));

    assertThat(published.status()).isEqualTo(201);
    Api.Response deadline = anonymous(HttpMethod.GET, DEADLINE);
    assertThat(deadline.text("deadline")).isEqualTo("2031-01-31T23:59:59+08:00");
    assertThat(deadline.body().path("provisional").asBoolean()).isFalse();
  }

  @Test
  void withdrawsAYear() {
    admin(HttpMethod.PUT, YEAR_PATH, springFestival2031());

    Api.Response deleted = admin(HttpMethod.DELETE, YEAR_PATH, null);

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(
            anonymous(HttpMethod.GET, "/api/calendar/years/" + YEAR)
                .body()
                .path("published")
                .asBoolean())
        .isFalse();
    Api.Response deadline = anonymous(HttpMethod.GET, DEADLINE);
    assertThat(deadline.text("deadline")).isEqualTo("2031-01-31T23:59:59+08:00");
    assertThat(deadline.body().path("provisional").asBoolean()).isTrue();
    JsonNode change = changes().get(0);
    assertThat(change.path("action").asText()).isEqualTo("DELETED");
    assertThat(change.path("days")).as("what was withdrawn").hasSize(5);

    Api.Response again = admin(HttpMethod.DELETE, YEAR_PATH, null);
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.code()).isEqualTo("CALENDAR_YEAR_NOT_FOUND");
  }

  @Test
  void listsTheChangesOfEveryYearPageByPage() {
    Api.Response shipped = admin(HttpMethod.GET, "/api/admin/calendar/changes?year=2026", null);

    assertThat(shipped.status()).isEqualTo(200);
    assertThat(shipped.body().path("content").get(0).path("changedBy").asText())
        .isEqualTo("system");
    assertThat(shipped.body().path("content").get(0).path("days")).hasSize(39);

    admin(HttpMethod.PUT, YEAR_PATH, springFestival2031());
    admin(HttpMethod.DELETE, YEAR_PATH, null);
    Api.Response page = admin(HttpMethod.GET, "/api/admin/calendar/changes?size=1", null);
    assertThat(page.body().path("totalElements").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(page.body().path("content")).hasSize(1);
    assertThat(page.body().path("content").get(0).path("action").asText()).isEqualTo("DELETED");
    assertThat(admin(HttpMethod.GET, "/api/admin/calendar/changes?size=101", null).code())
        .isEqualTo("PAGE_SIZE_INVALID");
    assertThat(admin(HttpMethod.GET, "/api/admin/calendar/changes?year=99", null).code())
        .isEqualTo("CALENDAR_YEAR_INVALID");
  }

  @Test
  void onlyAdministratorsMaintainTheCalendar() {
    for (String user : List.of(hall.supervisor(), hall.clerk(), hall.enterprise())) {
      Api.Response put = as(user, HttpMethod.PUT, YEAR_PATH, springFestival2031());
      assertThat(put.status()).as(user).isEqualTo(403);
      assertThat(put.code()).isEqualTo("FORBIDDEN");
      assertThat(as(user, HttpMethod.DELETE, "/api/admin/calendar/years/2026", null).status())
          .isEqualTo(403);
      assertThat(as(user, HttpMethod.GET, "/api/admin/calendar/changes", null).status())
          .isEqualTo(403);
    }
    assertThat(anonymous(HttpMethod.PUT, YEAR_PATH).status()).isEqualTo(401);
    assertThat(anonymous(HttpMethod.GET, "/api/admin/calendar/changes").status()).isEqualTo(401);
    assertThat(
            anonymous(HttpMethod.GET, "/api/calendar/years/" + YEAR)
                .body()
                .path("published")
                .asBoolean())
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM calendar_year WHERE year = 2026", Integer.class))
        .isEqualTo(1);
  }

  /** 2031 with made-up days: 元旦, two days of 春节 on a Friday and a Monday, a make-up Sunday. */
  private Map<String, Object> springFestival2031() {
    Map<String, Object> request =
        request(
            "测试：2031年节假日安排",
            List.of(
                day("2031-01-31", "HOLIDAY", "春节"),
                day("2031-01-01", "HOLIDAY", "元旦"),
                day("2031-02-01", "HOLIDAY", "春节"),
                day("2031-02-02", "HOLIDAY", "春节"),
                day("2031-01-26", "WORKDAY", "春节调休上班")));
    request.put("publishedOn", "2030-11-12");
    return request;
  }

  private static Map<String, Object> request(String source, List<Map<String, Object>> days) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("source", source);
    request.put("days", days);
    return request;
  }

  private static Map<String, Object> day(String day, String kind, String name) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("day", day);
    entry.put("kind", kind);
    entry.put("name", name);
    return entry;
  }

  private JsonNode changes() {
    Api.Response response = admin(HttpMethod.GET, "/api/admin/calendar/changes?year=" + YEAR, null);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body().path("content");
  }

  private Api.Response admin(HttpMethod method, String path, Object body) {
    return as(hall.admin(), method, path, body);
  }

  private Api.Response as(String user, HttpMethod method, String path, Object body) {
    return exchange(journeys.http(user), method, path, body);
  }

  private Api.Response anonymous(HttpMethod method, String path) {
    return exchange(http, method, path, null);
  }

  private Api.Response exchange(
      TestRestTemplate client, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    String content = null;
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      try {
        content = body instanceof String text ? text : json.writeValueAsString(body);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return new Api.Response(
        client.exchange(path, method, new HttpEntity<>(content, headers), String.class), json);
  }
}
