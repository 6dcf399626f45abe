package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The supervisor's board and application page over plain HTTP. */
@WithHall
class BoardPageTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private String acceptedWithLevel(String level) {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    jdbc.update("UPDATE application SET warning_level = ? WHERE id = ?", level, id);
    return id;
  }

  private String number(String id) {
    return journeys.application(hall.enterprise(), id).path("number").asText();
  }

  @Test
  void theBoardShowsTheFiguresTheirTablesAndEachListWithItsExport() {
    String red = acceptedWithLevel("RED");
    String yellow = acceptedWithLevel("YELLOW");
    WebSession supervisor = journeys.web(hall.supervisor());

    WebSession.Page board = supervisor.get("/board?department=" + hall.department());
    assertThat(board.status()).isEqualTo(200);
    assertThat(board.html())
        .contains("效能监察看板", "data-chart=", hall.departmentName(), hall.committedItemName())
        .contains("/board/applications/" + red, "/board/applications/" + yellow)
        .contains("/api/supervision/overdue.xlsx", "/api/supervision/at-risk.xlsx")
        .contains("/api/supervision/urges.xlsx", "/api/supervision/overview.xlsx")
        .contains("hx-trigger=\"every 60s\"");

    WebSession.Page overdue =
        supervisor.htmx("/board/lists/overdue?department=" + hall.department());
    assertThat(overdue.status()).isEqualTo(200);
    assertThat(overdue.html()).contains(number(red)).doesNotContain(number(yellow));
    WebSession.Page atRisk =
        supervisor.htmx("/board/lists/at-risk?department=" + hall.department());
    assertThat(atRisk.html()).contains(number(yellow)).doesNotContain(number(red));
    assertThat(supervisor.htmx("/board/summary?department=" + hall.department()).html())
        .contains("board-summary")
        .doesNotContain("<html");

    assertThat(supervisor.get("/board?from=2026-13").status()).isEqualTo(400);
    assertThat(supervisor.htmx("/board/lists/nothing").status()).isEqualTo(404);
    assertThat(journeys.web(hall.clerk()).get("/board").status()).isEqualTo(403);
  }

  @Test
  void aDeadlineThatCountsAYearWithoutACalendarIsMarkedProvisionalOnTheWatchLists() {
    // accepted on 7 December 2026: the legal limit runs into 2027, which has no calendar here
    EngineTime.at("2026-12-07T09:00:00+08:00");
    String id = acceptedWithLevel("RED");

    JsonNode row = null;
    for (JsonNode candidate :
        journeys
            .as(hall.supervisor())
            .get("/api/supervision/overdue?size=100&department=" + hall.department())
            .body()
            .path("content")) {
      if (id.equals(candidate.path("id").asText())) {
        row = candidate;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.path("legalDeadline").asText()).startsWith("2027-");
    assertThat(row.path("legalDeadlineProvisional").asBoolean()).isTrue();
    assertThat(row.path("deadlineProvisional").asBoolean())
        .isEqualTo(row.path("deadline").asText().startsWith("2027-"));
    assertThat(
            journeys
                .web(hall.supervisor())
                .htmx("/board/lists/overdue?department=" + hall.department())
                .html())
        .contains("暂定");
  }

  @Test
  void theSupervisorUrgesFromTheApplicationPageWithAReasonAndReadsTheFeedback() {
    String id = acceptedWithLevel("YELLOW");
    WebSession supervisor = journeys.web(hall.supervisor());
    WebSession.Page page = supervisor.get("/board/applications/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html()).contains(number(id), "urge-reason", "本办件尚未督办");

    WebSession.Page empty =
        supervisor.post("/board/applications/" + id + "/urges", Map.of("reason", " "));
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.html()).contains("请填写督办理由");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM urge WHERE application_id = ?", Long.class, id))
        .isZero();

    WebSession.Page urged =
        supervisor.post("/board/applications/" + id + "/urges", Map.of("reason", "临近期限，请说明进度"));
    assertThat(urged.status()).isEqualTo(302);
    assertThat(urged.location()).endsWith("/board/applications/" + id);
    long urge = jdbc.queryForObject("SELECT id FROM urge WHERE application_id = ?", Long.class, id);

    WebSession clerk = journeys.web(hall.clerk());
    clerk.get("/workbench/urges");
    assertThat(
            clerk
                .post("/workbench/urges/" + urge + "/feedback", Map.of("feedback", "明日上午办结"))
                .status())
        .isEqualTo(302);

    assertThat(supervisor.get("/board/applications/" + id).html()).contains("临近期限，请说明进度", "明日上午办结");
    assertThat(supervisor.htmx("/board/urges?open=false&department=" + hall.department()).html())
        .contains(number(id), "明日上午办结");
  }
}
