package org.yingzai.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * 好差评: a finished application is rated once by its enterprise, with the officer of each step it
 * names; supervisors read the counts and the satisfaction rate per department, item and officer.
 */
@WithHall
class RatingsTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private String approved() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).status()).isEqualTo(200);
    return id;
  }

  private Api.Response rate(String user, String id, Object body) {
    return journeys.as(user).post("/api/applications/" + id + "/ratings", body);
  }

  @Test
  void aFinishedApplicationIsRatedOnceWithTheOfficerOfEachStep() {
    String id = approved();

    Api.Response rated =
        rate(
            hall.enterprise(),
            id,
            Map.of(
                "level",
                "VERY_SATISFIED",
                "comment",
                "  受理快，审查细致  ",
                "steps",
                List.of(
                    Map.of("step", "ACCEPT", "level", "VERY_SATISFIED"),
                    Map.of("step", "REVIEW", "level", "SATISFIED"),
                    Map.of("step", "DECIDE", "level", "BASIC"))));

    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
    JsonNode rating = rated.body();
    assertThat(rating.path("round").asInt()).isEqualTo(1);
    assertThat(rating.path("level").asText()).isEqualTo("VERY_SATISFIED");
    assertThat(rating.path("comment").asText()).isEqualTo("受理快，审查细致");
    assertThat(rating.path("ratedBy").asText()).isEqualTo(hall.enterprise());
    assertThat(rating.path("steps").findValuesAsText("officer"))
        .containsExactly(hall.clerk(), hall.reviewer(), hall.approver());

    Api.Response again = rate(hall.enterprise(), id, Map.of("level", "DISSATISFIED"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("RATING_EXISTS");

    JsonNode seen = journeys.as(hall.clerk()).get("/api/applications/" + id + "/ratings").body();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).path("level").asText()).isEqualTo("VERY_SATISFIED");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_record WHERE action = 'RATED' AND application_id = ?",
                Long.class,
                id))
        .isEqualTo(1L);
  }

  @Test
  void onlyTheEnterpriseRatesItsFinishedApplicationAndOnlyStepsSomebodyWorkedOn() {
    String open = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response notFinished = rate(hall.enterprise(), open, Map.of("level", "SATISFIED"));
    assertThat(notFinished.status()).isEqualTo(409);
    assertThat(notFinished.code()).isEqualTo("APPLICATION_NOT_FINISHED");

    String id = approved();
    assertThat(rate(hall.otherEnterprise(), id, Map.of("level", "SATISFIED")).status())
        .isEqualTo(404);
    assertThat(rate(hall.clerk(), id, Map.of("level", "SATISFIED")).status()).isEqualTo(403);
    Api.Response issue =
        rate(
            hall.enterprise(),
            id,
            Map.of(
                "level", "SATISFIED", "steps", List.of(Map.of("step", "ISSUE", "level", "BASIC"))));
    assertThat(issue.code()).isEqualTo("STEP_NOT_RATEABLE");
    Api.Response twice =
        rate(
            hall.enterprise(),
            id,
            Map.of(
                "level",
                "SATISFIED",
                "steps",
                List.of(
                    Map.of("step", "ACCEPT", "level", "BASIC"),
                    Map.of("step", "ACCEPT", "level", "SATISFIED"))));
    assertThat(twice.code()).isEqualTo("STEP_RATED_TWICE");
    assertThat(rate(hall.enterprise(), id, Map.of("level", "PERFECT")).status()).isEqualTo(400);
    assertThat(rate(hall.enterprise(), id, Map.of("comment", "好")).status()).isEqualTo(400);
    assertThat(
            rate(hall.enterprise(), id, Map.of("level", "SATISFIED", "comment", "长".repeat(501)))
                .status())
        .isEqualTo(400);
    // nothing of the refusals was kept
    assertThat(journeys.as(hall.enterprise()).get("/api/applications/" + id + "/ratings").body())
        .isEmpty();
  }

  @Test
  void supervisorsReadTheCountsAndTheSatisfactionRatePerDepartmentItemAndOfficer() {
    String first = approved();
    String second = approved();
    rate(
        hall.enterprise(),
        first,
        Map.of(
            "level",
            "SATISFIED",
            "steps",
            List.of(Map.of("step", "DECIDE", "level", "SATISFIED"))));
    rate(
        hall.enterprise(),
        second,
        Map.of(
            "level",
            "DISSATISFIED",
            "steps",
            List.of(Map.of("step", "DECIDE", "level", "VERY_DISSATISFIED"))));
    Api supervisor = journeys.as(hall.supervisor());

    JsonNode byDepartment =
        group(supervisor.get("/api/supervision/ratings").body(), hall.department());
    assertThat(byDepartment.path("name").asText()).isEqualTo(hall.departmentName());
    assertThat(byDepartment.path("total").asLong()).isEqualTo(2);
    assertThat(byDepartment.path("counts").path("SATISFIED").asLong()).isEqualTo(1);
    assertThat(byDepartment.path("counts").path("DISSATISFIED").asLong()).isEqualTo(1);
    assertThat(byDepartment.path("counts").path("VERY_SATISFIED").asLong()).isZero();
    assertThat(byDepartment.path("satisfactionRate").asDouble()).isEqualTo(50.0);

    JsonNode byItem =
        group(supervisor.get("/api/supervision/ratings?by=ITEM").body(), hall.committedItem());
    assertThat(byItem.path("name").asText()).isEqualTo(hall.committedItemName());
    JsonNode byOfficer =
        group(supervisor.get("/api/supervision/ratings?by=OFFICER").body(), hall.approver());
    assertThat(byOfficer.path("total").asLong()).isEqualTo(2);
    assertThat(byOfficer.path("counts").path("VERY_DISSATISFIED").asLong()).isEqualTo(1);

    assertThat(journeys.as(hall.clerk()).get("/api/supervision/ratings").status()).isEqualTo(403);
    assertThat(supervisor.get("/api/supervision/ratings?by=CLERKS").code())
        .isEqualTo("PARAMETER_INVALID");
    assertThat(supervisor.get("/api/supervision/ratings?from=2026-02-01&to=2026-01-01").code())
        .isEqualTo("PERIOD_INVALID");
    assertThat(supervisor.get("/api/supervision/ratings?from=2020-01-01&to=2020-12-31").body())
        .isEmpty();
  }

  @Test
  void theEnterpriseRatesOnItsApplicationPageOnceItIsFinished() {
    String open = journeys.submitted(hall.enterprise(), hall.committedItem());
    WebSession enterprise = journeys.web(hall.enterprise());
    assertThat(enterprise.get("/my/applications/" + open).html()).doesNotContain("/rating\"");

    String id = approved();
    assertThat(enterprise.get("/my/applications/" + id).html())
        .contains("/my/applications/" + id + "/rating");
    WebSession.Page form = enterprise.htmx("/my/applications/" + id + "/rating");
    assertThat(form.html())
        .contains("评价本次服务")
        .contains("name=\"stepACCEPT\"")
        .contains("name=\"stepDECIDE\"")
        .doesNotContain("name=\"stepISSUE\"");

    WebSession.Page missing =
        enterprise.post("/my/applications/" + id + "/rating", Map.of("comment", "很好"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.html()).contains("请选择总体评价等级").contains("很好");

    WebSession.Page rated =
        enterprise.post(
            "/my/applications/" + id + "/rating",
            Map.of("level", "SATISFIED", "stepREVIEW", "VERY_SATISFIED", "comment", "耐心"));
    assertThat(rated.status()).isEqualTo(302);
    assertThat(rated.location()).endsWith("/my/applications/" + id + "?rated");
    assertThat(enterprise.htmx("/my/applications/" + id + "/rating").html())
        .contains("满意")
        .contains("耐心")
        .doesNotContain("<form");
    JsonNode kept =
        journeys.as(hall.enterprise()).get("/api/applications/" + id + "/ratings").body();
    assertThat(kept.get(0).path("steps").findValuesAsText("officer"))
        .containsExactly(hall.reviewer());

    WebSession.Page again =
        enterprise.post("/my/applications/" + id + "/rating", Map.of("level", "BASIC"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            journeys
                .web(hall.otherEnterprise())
                .htmx("/my/applications/" + id + "/rating")
                .status())
        .isEqualTo(404);
  }

  private static JsonNode group(JsonNode groups, String key) {
    for (JsonNode group : groups) {
      if (key.equals(group.path("key").asText())) {
        return group;
      }
    }
    throw new AssertionError("No group " + key + " in " + groups);
  }
}
