package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.AcceptanceTimerJobs;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * What the audit trail records of clerks' work: claims, completions, special procedures,
 * extensions, and the acceptance the law makes, by the system.
 */
@WithHall
class HandlingAuditTest {

  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  /** The application's records, oldest first. */
  private List<JsonNode> trailOf(String applicationId) {
    return new AuditTrails(journeys.as(hall.supervisor())).find("applicationId=" + applicationId);
  }

  private static List<String> actions(List<JsonNode> records) {
    return AuditTrails.actions(records);
  }

  private static JsonNode only(List<JsonNode> records, String action) {
    List<JsonNode> found =
        records.stream().filter(r -> action.equals(r.path("action").asText())).toList();
    assertThat(found).as(action).hasSize(1);
    return found.get(0);
  }

  private void assertTrailValid() {
    Api.Response verified = journeys.as(hall.supervisor()).get("/api/audit/verification");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body().path("valid").asBoolean()).isTrue();
  }

  @Test
  void claimsCompletionsProceduresAndExtensionsAreRecordedWithTheirReasons() {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String acceptTask = journeys.taskId(hall.clerk(), id);
    Api.Response claimed =
        journeys.as(hall.clerk()).post("/api/tasks/" + acceptTask + "/claim", null);
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);

    EngineTime.at("2026-03-04T10:00:00+08:00");
    assertThat(
            journeys.startSpecialProcedure(hall.reviewer(), id, "EXPERT_REVIEW", "组织专家评审").status())
        .isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "专家评审意见：方案可行").status())
        .isEqualTo(200);
    Api approver = journeys.as(hall.approver());
    Api.Response noReason =
        approver.post("/api/applications/" + id + "/extensions", Map.of("days", 2, "reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    Api.Response extended =
        approver.post(
            "/api/applications/" + id + "/extensions", Map.of("days", 3, "reason", "需征求相关部门意见"));
    assertThat(extended.status()).as(extended.toString()).isEqualTo(201);

    List<JsonNode> records = trailOf(id);
    // other modules record their own actions on the application too
    assertThat(actions(records))
        .containsSubsequence(
            "SUBMITTED",
            "CLAIMED",
            "COMPLETED",
            "SPECIAL_PROCEDURE_STARTED",
            "COMPLETED",
            "SPECIAL_PROCEDURE_FINISHED",
            "COMPLETED",
            "EXTENDED");
    JsonNode claim = only(records, "CLAIMED");
    assertThat(claim.path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(claim.path("role").asText()).isEqualTo("CLERK");
    assertThat(claim.path("object").asText()).isEqualTo("task:" + acceptTask);
    assertThat(claim.path("hash").asText()).hasSize(64);
    JsonNode started = only(records, "SPECIAL_PROCEDURE_STARTED");
    assertThat(started.path("actor").asText()).isEqualTo(hall.reviewer());
    assertThat(started.path("object").asText()).isEqualTo("application:" + id);
    assertThat(started.path("reason").asText()).isEqualTo("组织专家评审");
    assertThat(only(records, "SPECIAL_PROCEDURE_FINISHED").path("reason").asText())
        .isEqualTo("专家评审意见：方案可行");
    JsonNode extension = only(records, "EXTENDED");
    assertThat(extension.path("actor").asText()).isEqualTo(hall.approver());
    assertThat(extension.path("object").asText()).isEqualTo("application:" + id);
    assertThat(extension.path("reason").asText()).isEqualTo("需征求相关部门意见");
    assertTrailValid();
  }

  @Test
  void aClaimOfATaskAlreadyHeldRecordsNothingMore() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String task = journeys.taskId(hall.clerk(), id);
    Api clerk = journeys.as(hall.clerk());
    assertThat(clerk.post("/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
    assertThat(clerk.post("/api/tasks/" + task + "/claim", null).status()).isEqualTo(200);
    Api.Response refused = journeys.as(hall.outsider()).post("/api/tasks/" + task + "/claim", null);
    assertThat(refused.status()).isEqualTo(404);

    only(trailOf(id), "CLAIMED");
  }

  @Test
  void theAcceptanceTheLawMakesIsRecordedAsTheSystems() {
    // received Monday 2 March: accepted by law once Monday 9 March is over
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    EngineTime.at("2026-03-10T00:00:00+08:00");
    String process =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM application WHERE id = ?", String.class, id);
    assertThat(AcceptanceTimerJobs.runDue(management, process)).isEqualTo(1);

    JsonNode accepted = only(trailOf(id), "ACCEPTED_AUTOMATICALLY");
    assertThat(accepted.path("actor").asText()).isEqualTo("system");
    assertThat(accepted.path("role").asText()).isEqualTo("SYSTEM");
    assertThat(accepted.path("object").asText()).isEqualTo("application:" + id);
    assertTrailValid();
  }
}
