package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * The public scoreboard over HTTP, anonymously: each figure of a period of applications of the
 * hall's own (May 2031, which nothing else touches) matches what this test counts from the same
 * rows, beside the period before; the catalogue's figures match the catalogue's tables.
 */
@WithHall
class ScoreboardTest {

  private static final String PERIOD = "/api/scoreboard?from=2031-05-01&to=2031-05-31";

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired WorkingCalendar calendar;
  Hall hall;

  @BeforeEach
  void mayAndApril2031() {
    if (jdbc.queryForObject(
            "SELECT COUNT(*) FROM application WHERE submitted_at >= '2031-03-01'"
                + " AND submitted_at < '2031-07-01'",
            Integer.class)
        > 0) {
      return;
    }
    String station = hall.station("STATION", hall.committedItem());
    // online, decided on time under both limits, result online: no visit
    String online =
        application(
            "ONLINE",
            null,
            "ONLINE",
            "APPROVED",
            "2031-05-05 02:00:00",
            "2031-05-10 02:00:00",
            "2031-05-12 15:59:59",
            "2031-05-20 15:59:59");
    // at a station, denied late under the promised limit, in time under the legal one
    String atStation =
        application(
            "STATION",
            station,
            "STATION",
            "DENIED",
            "2031-05-06 02:00:00",
            "2031-05-20 02:00:00",
            "2031-05-15 15:59:59",
            "2031-05-25 15:59:59");
    // at the hall, still being handled
    application(
        "HALL",
        station,
        "ONLINE",
        "UNDER_REVIEW",
        "2031-05-07 02:00:00",
        null,
        "2031-05-30 15:59:59",
        "2031-06-10 15:59:59");
    // the period before: online, not accepted
    application(
        "ONLINE",
        null,
        "ONLINE",
        "NOT_ACCEPTED",
        "2031-04-10 02:00:00",
        "2031-04-15 02:00:00",
        null,
        null);
    long good = rating(online, "SATISFIED", "2031-05-11 02:00:00");
    long bad = rating(atStation, "DISSATISFIED", "2031-05-21 02:00:00");
    jdbc.update(
        "INSERT INTO rectification (application_id, application_number, rating_id,"
            + " department_code, item_code, opened_at, status, rectify_level, answered_at)"
            + " VALUES (?, 'YZ-T', ?, ?, ?, '2031-05-21 02:00:00', 'ANSWERED', 'GREEN',"
            + " '2031-05-28 02:00:00')",
        atStation,
        bad,
        hall.department(),
        hall.committedItem());
    assertThat(good).isPositive();
    // two start-up bundles: Tue 13 to Fri 16 May (3 working days, one supplement answered) and
    // Tue 13 to Mon 26 May (9 working days)
    String bundle = "T-SB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    jdbc.update(
        "INSERT INTO bundle (code, name, theme, promised_limit, active, position)"
            + " VALUES (?, '测试开办', 'START_UP', 3, FALSE, 9)",
        bundle);
    String quick = startUp(bundle, "2031-05-16 02:00:00");
    startUp(bundle, "2031-05-26 02:00:00");
    jdbc.update(
        "INSERT INTO bundle_member (application_id, bundle_application_id, item_code, position)"
            + " VALUES (?, ?, ?, 1)",
        online,
        quick,
        hall.committedItem());
    jdbc.update(
        "INSERT INTO supplement_request (application_id, step, requested_by, requested_at,"
            + " comment, material_watermark, answered_by, answered_at)"
            + " VALUES (?, 'ACCEPT', ?, '2031-05-14 02:00:00', '请补正', 0, ?,"
            + " '2031-05-15 02:00:00')",
        online,
        hall.clerk(),
        hall.enterprise());
    project();
    // the monthly counts of finished applications: 3, 3, 5 and 9 working days
    for (Object[] row : new Object[][] {{3, true, 2}, {5, true, 1}, {9, false, 1}}) {
      jdbc.update(
          "INSERT INTO finished_duration (item_code, department_code, month, working_days, on_time,"
              + " applications) VALUES (?, ?, '2031-05-01', ?, ?, ?)",
          hall.committedItem(),
          hall.department(),
          row[0],
          row[1],
          row[2]);
    }
  }

  @Test
  void eachDepartmentsPromisedCutIsShownBesideTheTimeItsApplicationsTook() {
    JsonNode board = Api.anonymous(http).get(PERIOD).body();
    JsonNode department = null;
    for (JsonNode row : board.path("departments")) {
      if (hall.department().equals(row.path("code").asText())) {
        department = row;
      }
    }
    assertThat(department).as(board.path("departments").toString()).isNotNull();
    java.util.Map<String, Object> limits =
        jdbc.queryForMap(
            "SELECT SUM(legal_limit) AS legal, SUM(promised_limit) AS promised FROM service_item"
                + " WHERE department_code = ? AND active AND limit_unit = 'WORKING_DAYS'"
                + " AND legal_limit > 0",
            hall.department());
    double legal = ((Number) limits.get("legal")).doubleValue();
    double promised = ((Number) limits.get("promised")).doubleValue();
    assertThat(department.path("promisedReduction").asDouble())
        .isCloseTo(1 - promised / legal, within());
    assertThat(department.path("finished").asLong()).isEqualTo(4);
    assertThat(department.path("medianDays").asInt()).isEqualTo(3);
    assertThat(department.path("p90Days").asInt()).isEqualTo(9);
    assertThat(department.path("legalDays").asDouble()).isCloseTo(20.0, within());
    assertThat(department.path("promisedDays").asDouble()).isCloseTo(8.0, within());
    assertThat(department.path("measuredReduction").asDouble()).isCloseTo(1 - 3 / 20.0, within());
    assertThat(board.path("themes").findValuesAsText("code")).contains("START_UP");
  }

  @Test
  void everyFigureIsCountedFromTheLiveDataBesideThePeriodBefore() {
    Api.Response answer = Api.anonymous(http).get(PERIOD);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonNode board = answer.body();
    assertThat(board.path("previousFrom").asText()).isEqualTo("2031-03-31");
    assertThat(board.path("previousTo").asText()).isEqualTo("2031-04-30");

    long waivedPerApplication =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM item_material m JOIN proof p ON p.code = m.proof_code"
                + " WHERE m.item_code = ? AND m.kind = 'PROOF' AND p.disposition <> 'REQUIRED'",
            Long.class,
            hall.committedItem());
    assertThat(waivedPerApplication).isPositive();
    assertFigure(
        board, "proofs.uploadsSaved", 3.0 * waivedPerApplication, 1.0 * waivedPerApplication);
    assertThat(figure(board, "proofs.waived").path("value").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proof WHERE disposition <> 'REQUIRED'", Long.class));
    assertThat(board.path("proofsByDisposition").path("REQUIRED").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proof WHERE disposition = 'REQUIRED'", Long.class));
    assertThat(figure(board, "nearby.items").path("value").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(DISTINCT si.item_code) FROM station_item si"
                    + " JOIN station s ON s.code = si.station_code WHERE s.kind = 'STATION'",
                Long.class));

    assertFigure(board, "nearby.share", 1.0 / 3, 0.0);
    assertThat(figure(board, "nearby.share").path("of").asLong()).isEqualTo(3);
    assertFigure(board, "noVisit.share", 0.5, 1.0);
    assertFigure(board, "onTime.promised", 0.5, null);
    assertFigure(board, "onTime.legal", 1.0, null);
    assertFigure(board, "ratings.satisfied", 0.5, null);
    assertFigure(board, "rectifications.inTime", 1.0, null);
    assertThat(figure(board, "onTime.promised").path("definition").asText()).contains("承诺办结期限");
    assertThat(answer.entity().getBody()).doesNotContain(hall.applicant().creditCode());

    // 开办企业: two bundles, 1.5 steps on average, 3 and 9 working days
    assertFigure(board, "startUp.finished", 2.0, 0.0);
    assertFigure(board, "startUp.steps", 1.5, null);
    assertFigure(board, "startUp.median", 3.0, null);
    assertFigure(board, "startUp.p90", 9.0, null);
    assertThat(figure(board, "entities.registered").path("value").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM application WHERE item_code = 'GX-MKT-001'"
                    + " AND status = 'APPROVED' AND finished_at >= '2031-04-30 16:00:00'"
                    + " AND finished_at < '2031-05-31 16:00:00'",
                Long.class));
    assertThat(board.path("constructionStages").findValuesAsText("stage"))
        .containsExactly(
            "LAND_AND_PLANNING",
            "CONSTRUCTION_PERMIT_PLANNING",
            "CONSTRUCTION_PERMIT",
            "COMPLETION_ACCEPTANCE");
    assertThat(board.path("constructionStages").findValuesAsText("finished"))
        .containsExactly("0", "0", "1", "1");

    // 办理建筑许可: one project through its four stages, four submissions and one supplement,
    // from the day after 1 April to 20 May
    assertFigure(board, "construction.projects", 1.0, 0.0);
    assertFigure(board, "construction.submissions", 5.0, null);
    double whole = calendar.workingDaysBetween(LocalDate.of(2031, 4, 2), LocalDate.of(2031, 5, 20));
    assertThat(whole).isGreaterThan(30);
    assertFigure(board, "construction.median", whole, null);
    assertFigure(board, "construction.p90", whole, null);
  }

  @Test
  void thePublicPageShowsEachFigureWithItsDefinitionAndABadPeriodIsRefused() {
    Api anyone = Api.anonymous(http);
    String page = http.getForObject("/scoreboard?from=2031-05-01&to=2031-05-31", String.class);
    assertThat(page).contains("承诺兑现", "不见面办理的比例", "50.0%", "在便民服务站收件的比例", "承诺办结期限");
    Api.Response backwards = anyone.get("/api/scoreboard?from=2031-05-31&to=2031-05-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.code()).isEqualTo("PERIOD_INVALID");
    assertThat(anyone.get("/api/scoreboard?from=2029-01-01&to=2031-05-01").code())
        .isEqualTo("PERIOD_TOO_LONG");
  }

  @Test
  void supervisorsExportThePeriodsFiguresAsExcel() throws Exception {
    var download =
        http.withBasicAuth(hall.supervisor(), Hall.PASSWORD)
            .getForEntity(
                "/api/supervision/scoreboard.xlsx?from=2031-05-01&to=2031-05-31", byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(download.getBody()))) {
      var sheet = workbook.getSheet("指标");
      Double noVisit = null;
      for (var row : sheet) {
        if (row.getCell(0) != null && "不见面办理的比例".equals(row.getCell(0).getStringCellValue())) {
          noVisit = row.getCell(1).getNumericCellValue();
        }
      }
      assertThat(noVisit).isEqualTo(0.5);
      assertThat(workbook.getSheet("部门时限")).isNotNull();
    }
    assertThat(
            http.getForEntity("/api/supervision/scoreboard.xlsx", byte[].class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  @Test
  void supervisorsListTheApplicationsBehindAFigure() {
    Api.Response all =
        Api.as(http, hall.supervisor(), Hall.PASSWORD)
            .get(
                "/api/supervision/scoreboard/applications?figure=noVisit.share"
                    + "&from=2031-05-01&to=2031-05-31");
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.body().path("totalElements").asLong()).isEqualTo(2);
    Api.Response kept =
        Api.as(http, hall.supervisor(), Hall.PASSWORD)
            .get(
                "/api/supervision/scoreboard/applications?figure=noVisit.share&part=true"
                    + "&from=2031-05-01&to=2031-05-31");
    assertThat(kept.body().path("totalElements").asLong()).isEqualTo(1);
    assertThat(kept.body().path("content").get(0).path("channel").asText()).isEqualTo("ONLINE");
    Api.Response onTime =
        Api.as(http, hall.supervisor(), Hall.PASSWORD)
            .get(
                "/api/supervision/scoreboard/applications?figure=onTime.promised&part=true"
                    + "&from=2031-05-01&to=2031-05-31");
    assertThat(onTime.body().path("totalElements").asLong()).isEqualTo(1);
    // the rated, the rectified, the start-up bundles' and the projects' applications
    assertThat(behind("ratings.satisfied", false)).isEqualTo(2);
    assertThat(behind("ratings.satisfied", true)).isEqualTo(1);
    assertThat(behind("rectifications.inTime", true)).isEqualTo(1);
    assertThat(behind("startUp.median", false)).isEqualTo(1);
    assertThat(behind("construction.projects", false)).isEqualTo(1);
    assertThat(
            Api.as(http, hall.supervisor(), Hall.PASSWORD)
                .get(
                    "/api/supervision/scoreboard/applications?figure=proofs.waived"
                        + "&from=2031-05-01&to=2031-05-31")
                .code())
        .isEqualTo("FIGURE_NOT_LISTED");
    assertThat(
            Api.anonymous(http)
                .get(
                    "/api/supervision/scoreboard/applications?figure=noVisit.share"
                        + "&from=2031-05-01&to=2031-05-31")
                .status())
        .isEqualTo(401);
    String page =
        org.yingzai.support.WebSession.as(http, hall.supervisor(), Hall.PASSWORD)
            .get("/board/scoreboard?figure=nearby.share&part=true&from=2031-05-01&to=2031-05-31")
            .html();
    assertThat(page).contains("在便民服务站收件的比例", "便民服务站", "计入的 1 件");
  }

  private long behind(String figure, boolean part) {
    Api.Response answer =
        Api.as(http, hall.supervisor(), Hall.PASSWORD)
            .get(
                "/api/supervision/scoreboard/applications?figure="
                    + figure
                    + "&part="
                    + part
                    + "&from=2031-05-01&to=2031-05-31");
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.body().path("totalElements").asLong();
  }

  private static void assertFigure(JsonNode board, String key, Double value, Double previous) {
    JsonNode figure = figure(board, key);
    assertThat(figure.path("value").asDouble()).as(key).isCloseTo(value, within());
    if (previous == null) {
      assertThat(figure.has("previous")).as(key + " before").isFalse();
    } else {
      assertThat(figure.path("previous").asDouble())
          .as(key + " before")
          .isCloseTo(previous, within());
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static JsonNode figure(JsonNode board, String key) {
    for (JsonNode figure : board.path("figures")) {
      if (key.equals(figure.path("key").asText())) {
        return figure;
      }
    }
    throw new AssertionError("No figure " + key + " in " + board);
  }

  private String application(
      String channel,
      String station,
      String delivery,
      String status,
      String submittedAt,
      String finishedAt,
      String deadline,
      String legalDeadline) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO application (id, item_code, department_code, handling_type, enterprise_id,"
            + " applicant_username, channel, station_code, result_delivery, status, form_json,"
            + " created_at, submitted_at, accepted_at, finished_at, deadline, legal_deadline)"
            + " VALUES (?, ?, ?, 'COMMITTED', ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)",
        id,
        hall.committedItem(),
        hall.department(),
        hall.applicant().id(),
        hall.enterprise(),
        channel,
        "ONLINE".equals(channel) ? null : station,
        delivery,
        status,
        submittedAt,
        submittedAt,
        submittedAt,
        finishedAt,
        deadline,
        legalDeadline);
    return id;
  }

  // a project whose stages finished on 10 April, 22 April, 6 May and 20 May 2031, one of its
  // applications (decided in February, outside every period) with a supplement answered
  private void project() {
    String project = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO project (id, code, name, enterprise_id, location, investment, project_type,"
            + " created_by, created_at) VALUES (?, ?, '测试项目', ?, '测试地点', 100, 'INDUSTRIAL', ?,"
            + " '2031-03-20 02:00:00')",
        project,
        "T-" + project.substring(0, 8),
        hall.applicant().id(),
        hall.enterprise());
    String[][] stages = {
      {"LAND_AND_PLANNING", "2031-04-01 02:00:00", "2031-04-10 02:00:00"},
      {"CONSTRUCTION_PERMIT_PLANNING", "2031-04-14 02:00:00", "2031-04-22 02:00:00"},
      {"CONSTRUCTION_PERMIT", "2031-04-24 02:00:00", "2031-05-06 02:00:00"},
      {"COMPLETION_ACCEPTANCE", "2031-05-08 02:00:00", "2031-05-20 02:00:00"},
    };
    for (String[] stage : stages) {
      jdbc.update(
          "INSERT INTO project_stage (project_id, stage, status, opened_at, submitted_at,"
              + " finished_at, outcome) VALUES (?, ?, 'FINISHED', ?, ?, ?, 'APPROVED')",
          project,
          stage[0],
          stage[1],
          stage[1],
          stage[2]);
    }
    String member = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO application (id, item_code, department_code, handling_type, enterprise_id,"
            + " applicant_username, channel, status, form_json, created_at, submitted_at,"
            + " accepted_at, finished_at) VALUES (?, ?, ?, 'COMMITTED', ?, ?, 'ONLINE', 'APPROVED',"
            + " '{}', '2031-02-03 02:00:00', '2031-02-03 02:00:00', '2031-02-03 02:00:00',"
            + " '2031-02-10 02:00:00')",
        member,
        hall.committedItem(),
        hall.department(),
        hall.applicant().id(),
        hall.enterprise());
    jdbc.update(
        "INSERT INTO project_application (application_id, project_id, stage, item_code)"
            + " VALUES (?, ?, 'LAND_AND_PLANNING', ?)",
        member,
        project,
        hall.committedItem());
    jdbc.update(
        "INSERT INTO supplement_request (application_id, step, requested_by, requested_at,"
            + " comment, material_watermark, answered_by, answered_at)"
            + " VALUES (?, 'REVIEW', ?, '2031-02-04 02:00:00', '请补正', 0, ?,"
            + " '2031-02-05 02:00:00')",
        member,
        hall.clerk(),
        hall.enterprise());
  }

  private String startUp(String bundle, String finishedAt) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO bundle_application (id, bundle_code, enterprise_id, created_by, created_at,"
            + " status, form_json, submitted_at, finished_at, outcome)"
            + " VALUES (?, ?, ?, ?, '2031-05-13 02:00:00', 'FINISHED', '{}', '2031-05-13 02:00:00',"
            + " ?, 'APPROVED')",
        id,
        bundle,
        hall.applicant().id(),
        hall.enterprise(),
        finishedAt);
    return id;
  }

  private long rating(String applicationId, String level, String at) {
    jdbc.update(
        "INSERT INTO rating (application_id, round, enterprise_id, rated_by, level,"
            + " department_code, item_code, rated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
        applicationId,
        hall.applicant().id(),
        hall.enterprise(),
        level,
        hall.department(),
        hall.committedItem(),
        at);
    return jdbc.queryForObject(
        "SELECT id FROM rating WHERE application_id = ? AND round = 1", Long.class, applicationId);
  }
}
