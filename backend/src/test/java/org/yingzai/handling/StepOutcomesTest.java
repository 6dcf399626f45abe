package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.processes.StandardApproval;
import org.yingzai.support.AcceptanceTimerJobs;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The outcome of each step reaches the engine only to route the process: the service hall keeps it
 * in its own rows, the engine stores none of it. An instance that stored its outcome before goes on
 * as it did.
 */
@WithHall
class StepOutcomesTest {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @Test
  void theQueueKeepsEachStepsOutcomeAndTheEngineStoresNone() {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response supplement = journeys.requestSupplement(hall.clerk(), id, "缺少总平面图", "M03");
    assertThat(supplement.status()).as(supplement.toString()).isEqualTo(200);
    Api enterprise = journeys.as(hall.enterprise());
    Api.Response upload =
        enterprise.upload(
            "/api/applications/" + id + "/materials", "M03", "总平面图.pdf", Files.pdf("p"));
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    assertThat(enterprise.post("/api/applications/" + id + "/supplement", null).status())
        .isEqualTo(200);
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).text("applicationStatus"))
        .isEqualTo("UNDER_REVIEW");

    // the applicant's supplement task names the outcome that opened it, as it always has
    assertThat(outcomes(id))
        .containsExactlyInAnyOrder(
            List.of("accept", "REQUEST_SUPPLEMENT"),
            List.of("supplementBeforeAcceptance", "REQUEST_SUPPLEMENT"),
            List.of("accept", "ACCEPT"));
    // and the process heatmap counts it finished, with the flow it took back to acceptance
    JsonNode heatmap =
        journeys
            .as(hall.supervisor())
            .get(
                "/api/supervision/process-heatmap?department="
                    + hall.department()
                    + "&from=2026-03-02&to=2026-03-02")
            .body();
    assertThat(entry(heatmap, "tasks", "key", "supplementBeforeAcceptance").path("finished"))
        .hasToString("1");
    assertThat(entry(heatmap, "flows", "id", "flowSupplementedBeforeAcceptance").path("taken"))
        .hasToString("1");
    String instance = processInstance(id);
    assertThat(runtime.getVariable(instance, StandardApproval.VAR_OUTCOME)).isNull();
    assertThat(historicOutcomes(instance)).isZero();

    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");
    assertThat(outcomes(id)).contains(List.of("review", "PASS"), List.of("decide", "APPROVE"));
  }

  @Test
  void anInstanceThatStoredItsOutcomeBeforeGoesOnAndKeepsItStored() {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String instance = storingItsOutcome(id);

    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).text("applicationStatus"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(runtime.getVariable(instance, StandardApproval.VAR_OUTCOME)).isEqualTo("ACCEPT");
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");
    assertThat(runtime.getVariable(instance, StandardApproval.VAR_OUTCOME)).isEqualTo("PASS");
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");
  }

  @ParameterizedTest(name = "stored before: {0}")
  @ValueSource(booleans = {false, true})
  void theAutomaticAcceptanceStoresItsOutcomeOnlyWhereTheInstanceStoredOneBefore(boolean before) {
    EngineTime.at("2026-03-02T10:15:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String instance = before ? storingItsOutcome(id) : processInstance(id);

    // the fifth working day after Monday 2 March is Monday 9 March
    EngineTime.at("2026-03-10T00:00:00+08:00");
    assertThat(AcceptanceTimerJobs.runDue(management, instance)).isEqualTo(1);

    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("UNDER_REVIEW");
    assertThat(runtime.getVariable(instance, StandardApproval.VAR_OUTCOME))
        .isEqualTo(before ? StandardApproval.OUTCOME_ACCEPTED_AUTOMATICALLY : null);
    if (!before) {
      assertThat(historicOutcomes(instance)).isZero();
    }
  }

  // the application's instance, made to store its outcome as an instance of before kept the
  // outcome of an earlier round
  private String storingItsOutcome(String applicationId) {
    String instance = processInstance(applicationId);
    runtime.setVariable(
        instance, StandardApproval.VAR_OUTCOME, StandardApproval.OUTCOME_REQUEST_SUPPLEMENT);
    return instance;
  }

  // the outcome's variable as the engine's history keeps it, had it ever been stored
  private long historicOutcomes(String instance) {
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance)
        .variableName(StandardApproval.VAR_OUTCOME)
        .count();
  }

  private static JsonNode entry(JsonNode heatmap, String list, String field, String value) {
    for (JsonNode entry : heatmap.path(list)) {
      if (entry.path(field).asText().equals(value)) {
        return entry;
      }
    }
    throw new AssertionError("no " + value + " in " + heatmap);
  }

  private String processInstance(String applicationId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM application WHERE id = ?", String.class, applicationId);
  }

  // the work queue's finished rows of the application: task and outcome
  private List<List<String>> outcomes(String applicationId) {
    return jdbc
        .queryForList(
            "SELECT task_key, outcome FROM work_task WHERE application_id = ?"
                + " AND completed_at IS NOT NULL",
            applicationId)
        .stream()
        .map(
            (Map<String, Object> row) ->
                List.of((String) row.get("task_key"), String.valueOf(row.get("outcome"))))
        .toList();
  }
}
