package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/**
 * The deadline under the legal limit beside the promised one, and the overdue list and timing board
 * telling the two apart. The hall's committed item promises 8 of its 20 legal working days:
 * accepted on Monday 2 March 2026 it is due on 12 March as promised and on 30 March by law.
 */
@WithHall
class LegalDeadlineTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  private static void now(int month, int day, int hour) {
    EngineTime.at(LocalDateTime.of(2026, month, day, hour, 0));
  }

  private String acceptedOn(int month, int day, String itemCode) {
    now(month, day, 9);
    String id = journeys.submitted(hall.enterprise(), itemCode);
    now(month, day, 10);
    Api.Response accepted =
        journeys.complete(
            hall.clerk(), id, itemCode.equals(hall.instantItem()) ? "APPROVE" : "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return id;
  }

  private void specialProcedure(String id) {
    String task = journeys.taskId(hall.reviewer(), id);
    Api.Response started =
        journeys
            .as(hall.reviewer())
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("outcome", "SPECIAL_PROCEDURE", "procedure", "HEARING", "comment", "听证"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
  }

  /** Runs the clock's warning timers due now, as the job executor would. */
  private void runDueTimers(String id) {
    new WarningTimerJobs(jdbc, management).runDue(id);
  }

  private JsonNode overdue(String query) {
    Api.Response list =
        journeys.as(hall.supervisor()).get("/api/supervision/overdue?size=100" + query);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.body();
  }

  private static Optional<JsonNode> row(JsonNode list, String id) {
    for (JsonNode row : list.path("content")) {
      if (id.equals(row.path("id").asText())) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  @Test
  void theApplicationShowsItsLegalDeadlineBesideThePromisedOne() {
    String id = acceptedOn(3, 2, hall.committedItem());

    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("deadline").asText()).isEqualTo("2026-03-12T23:59:59+08:00");
    assertThat(application.path("legalDeadline").asText()).isEqualTo("2026-03-30T23:59:59+08:00");
    assertThat(application.path("clock").path("legalLimit").asInt()).isEqualTo(20);
    assertThat(application.path("clock").path("legalDeadline").asText())
        .isEqualTo("2026-03-30T23:59:59+08:00");
    JsonNode listed = journeys.listed(hall.clerk(), id).orElseThrow();
    assertThat(listed.path("legalDeadline").asText()).isEqualTo("2026-03-30T23:59:59+08:00");

    // paused on Friday 20 March, resumed on Wednesday 25 March: 20, 23 and 24 March not counted
    now(3, 20, 10);
    specialProcedure(id);
    now(3, 25, 10);
    assertThat(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "听证结束").status())
        .isEqualTo(200);
    JsonNode resumed = journeys.application(hall.enterprise(), id);
    assertThat(resumed.path("deadline").asText()).isEqualTo("2026-03-17T23:59:59+08:00");
    assertThat(resumed.path("legalDeadline").asText()).isEqualTo("2026-04-02T23:59:59+08:00");
    assertThat(journeys.listed(hall.supervisor(), id).orElseThrow().path("legalDeadline").asText())
        .isEqualTo("2026-04-02T23:59:59+08:00");
  }

  @Test
  void anInstantItemIsDueTheDayItIsAcceptedAndByLawWithinItsLegalLimit() {
    String id = acceptedOn(3, 2, hall.instantItem());

    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("deadline").asText()).isEqualTo("2026-03-02T23:59:59+08:00");
    assertThat(application.path("legalDeadline").asText()).isEqualTo("2026-03-30T23:59:59+08:00");
  }

  @Test
  void theOverdueListTellsPastPromisedFromPastLegal() {
    String pastLegal = acceptedOn(3, 2, hall.committedItem());
    String pastPromisedOnly = acceptedOn(3, 9, hall.committedItem());
    String pausedBeforeItsLegalDeadline = acceptedOn(3, 2, hall.committedItem());
    String pausedAfterItsLegalDeadline = acceptedOn(3, 2, hall.committedItem());
    now(3, 20, 11);
    specialProcedure(pausedBeforeItsLegalDeadline);

    now(3, 30, 12);
    JsonNode legalOnLastDay = overdue("&basis=LEGAL");
    assertThat(row(legalOnLastDay, pastLegal)).isEmpty();

    now(3, 31, 10);
    specialProcedure(pausedAfterItsLegalDeadline);
    now(3, 31, 12);
    runDueTimers(pastLegal);
    runDueTimers(pastPromisedOnly);

    JsonNode legal = overdue("&basis=LEGAL&department=" + hall.department());
    assertThat(row(legal, pastLegal)).isPresent();
    assertThat(row(legal, pausedAfterItsLegalDeadline)).isPresent();
    assertThat(row(legal, pastPromisedOnly)).isEmpty();
    assertThat(row(legal, pausedBeforeItsLegalDeadline)).isEmpty();
    JsonNode legalRow = row(legal, pastLegal).orElseThrow();
    assertThat(legalRow.path("legalDeadline").asText()).isEqualTo("2026-03-30T23:59:59+08:00");
    assertThat(legalRow.path("pastLegal").asBoolean()).isTrue();
    List<String> legalDeadlines = new ArrayList<>();
    legal.path("content").forEach(r -> legalDeadlines.add(r.path("legalDeadline").asText()));
    assertThat(legalDeadlines).as("nearest legal deadline first").isSorted();

    JsonNode promised = overdue("&department=" + hall.department());
    assertThat(promised.toString())
        .isEqualTo(overdue("&basis=PROMISED&department=" + hall.department()).toString());
    assertThat(row(promised, pastLegal).orElseThrow().path("pastLegal").asBoolean()).isTrue();
    JsonNode onlyPromised = row(promised, pastPromisedOnly).orElseThrow();
    assertThat(onlyPromised.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(onlyPromised.path("pastLegal").asBoolean()).isFalse();

    JsonNode board = journeys.as(hall.supervisor()).get("/api/supervision/overview").body();
    assertThat(board.path("overdueByBasis").path("LEGAL").asLong())
        .isEqualTo(overdue("&basis=LEGAL").path("totalElements").asLong())
        .isGreaterThanOrEqualTo(2);
    assertThat(board.path("overdueByBasis").path("PROMISED").asLong())
        .isEqualTo(board.path("byWarningLevel").path("RED").asLong());
    JsonNode own = board.path("byDepartment").get(0);
    for (JsonNode department : board.path("byDepartment")) {
      if (hall.department().equals(department.path("code").asText())) {
        own = department;
      }
    }
    assertThat(own.path("overdueByBasis").path("LEGAL").asLong())
        .isEqualTo(legal.path("totalElements").asLong());

    assertThat(journeys.as(hall.supervisor()).get("/api/supervision/overdue?basis=LATE").code())
        .isEqualTo("PARAMETER_INVALID");
  }

  @Test
  void theOverdueExportTakesTheBasisToo() throws Exception {
    String id = acceptedOn(3, 2, hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    now(3, 31, 12);

    ResponseEntity<byte[]> export =
        journeys
            .http(hall.supervisor())
            .exchange(
                "/api/supervision/overdue.xlsx?basis=LEGAL", HttpMethod.GET, null, byte[].class);
    assertThat(export.getStatusCode().value()).isEqualTo(200);
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      for (Row row : workbook.getSheetAt(0)) {
        row.forEach(cell -> cells.add(cell.toString()));
      }
    }
    assertThat(cells).contains("法定期限", "超过法定期限", number, "2026-03-30 23:59:59");
  }
}
