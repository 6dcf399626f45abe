package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;

/** The public calendar over HTTP, called without logging in. */
@IntegrationTest
class CalendarControllerTest {

  @Autowired TestRestTemplate http;

  private Api.Response get(String path) {
    return Api.anonymous(http).get(path);
  }

  @Test
  void answersTheExampleOfTheIssue() {
    Api.Response response =
        get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=5&unit=WORKING_DAYS");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.entity().getBody())
        .isEqualTo("{\"deadline\":\"2026-02-27T23:59:59+08:00\",\"provisional\":false}");
  }

  @Test
  void countsWorkingDaysUnlessTheUnitSaysOtherwise() {
    assertThat(get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=5").text("deadline"))
        .isEqualTo("2026-02-27T23:59:59+08:00");
    assertThat(
            get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=5&unit=NATURAL_DAYS")
                .text("deadline"))
        .isEqualTo("2026-02-18T23:59:59+08:00");
    assertThat(get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=0").text("deadline"))
        .isEqualTo("2026-02-13T23:59:59+08:00");
  }

  @Test
  void marksADeadlineInAnUnpublishedYearAsProvisional() {
    Api.Response response = get("/api/calendar/deadline?acceptedOn=2026-12-30&limit=2");

    assertThat(response.text("deadline")).isEqualTo("2027-01-01T23:59:59+08:00");
    assertThat(response.body().path("provisional").asBoolean()).isTrue();
  }

  @Test
  void countsWorkingDaysWithBothEnds() {
    Api.Response february = get("/api/calendar/working-days?from=2026-02-01&to=2026-02-28");

    assertThat(february.status()).isEqualTo(200);
    assertThat(february.body().path("workingDays").asInt()).isEqualTo(16);
    assertThat(february.body().path("provisional").asBoolean()).isFalse();
    assertThat(
            get("/api/calendar/working-days?from=2026-02-14&to=2026-02-14")
                .body()
                .path("workingDays")
                .asInt())
        .isEqualTo(1);
    assertThat(
            get("/api/calendar/working-days?from=2025-01-01&to=2025-12-31")
                .body()
                .path("workingDays")
                .asInt())
        .isEqualTo(248);
  }

  @Test
  void countsNothingBackwards() {
    Api.Response response = get("/api/calendar/working-days?from=2026-02-27&to=2026-02-13");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("workingDays").asInt()).isZero();
    assertThat(response.body().path("provisional").asBoolean()).isFalse();
  }

  @Test
  void marksACountIntoAnUnpublishedYearAsProvisional() {
    Api.Response response = get("/api/calendar/working-days?from=2026-12-28&to=2027-01-08");

    assertThat(response.body().path("workingDays").asInt()).isEqualTo(10);
    assertThat(response.body().path("provisional").asBoolean()).isTrue();
  }

  @Test
  void listsAPublishedYearWithItsDays() {
    Api.Response response = get("/api/calendar/years/2026");

    assertThat(response.status()).isEqualTo(200);
    JsonNode year = response.body();
    assertThat(year.path("year").asInt()).isEqualTo(2026);
    assertThat(year.path("published").asBoolean()).isTrue();
    assertThat(year.path("source").asText()).contains("2026年部分节假日安排");
    assertThat(year.path("publishedOn").asText()).isEqualTo("2025-11-04");
    assertThat(year.path("days")).hasSize(39);
    assertThat(year.path("days").get(0).toString())
        .isEqualTo("{\"day\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"元旦\"}");
    assertThat(year.path("days").get(4).toString())
        .isEqualTo("{\"day\":\"2026-02-14\",\"kind\":\"WORKDAY\",\"name\":\"春节调休上班\"}");
    assertThat(year.has("loadedBy")).isFalse();
  }

  @Test
  void saysWhenAYearIsNotPublished() {
    Api.Response response = get("/api/calendar/years/2027");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("published").asBoolean()).isFalse();
    assertThat(response.body().path("days")).isEmpty();
    assertThat(response.body().has("source")).isFalse();
  }

  @Test
  void listsThePublishedYears() {
    Api.Response response = get("/api/calendar/years");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("years").findValuesAsText("year")).contains("2025", "2026");
  }

  @Test
  void countsTheLongestLimit() {
    assertThat(get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=3650").status())
        .isEqualTo(200);
  }

  @Test
  void refusesARangeOfMoreThanTenYears() {
    assertProblem(
        get("/api/calendar/working-days?from=2026-01-01&to=2036-01-02"), "DATE_RANGE_TOO_LONG");
    Api.Response tenYears = get("/api/calendar/working-days?from=2026-01-01&to=2036-01-01");
    assertThat(tenYears.status()).isEqualTo(200);
    assertThat(tenYears.body().path("workingDays").asInt()).isGreaterThan(2500);
  }

  @Test
  void refusesAnInvalidYear() {
    assertProblem(get("/api/calendar/years/two"), "PARAMETER_INVALID");
    assertProblem(get("/api/calendar/years/123"), "CALENDAR_YEAR_INVALID");
    assertProblem(get("/api/calendar/years/10000"), "CALENDAR_YEAR_INVALID");
  }

  @Test
  void needsNoLoginButAcceptsOne() {
    assertThat(
            Api.as(http, "enterprise")
                .get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=5")
                .text("deadline"))
        .isEqualTo("2026-02-27T23:59:59+08:00");
  }

  @Test
  void isDescribedInTheOpenApiDocument() {
    JsonNode paths = get("/v3/api-docs").body().path("paths");

    assertThat(paths.has("/api/calendar/deadline")).isTrue();
    assertThat(paths.has("/api/calendar/working-days")).isTrue();
    assertThat(paths.has("/api/calendar/years/{year}")).isTrue();
    assertThat(paths.has("/api/admin/calendar/years/{year}")).isTrue();
    assertThat(paths.has("/api/admin/calendar/changes")).isTrue();
  }

  private static void assertProblem(Api.Response response, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.code()).as(response.toString()).isEqualTo(code);
  }
}
