package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.FIRST;
import static org.yingzai.projects.ProjectSteps.keyProject;
import static org.yingzai.projects.ProjectSteps.register;
import static org.yingzai.projects.ProjectSteps.runStageJobs;
import static org.yingzai.projects.ProjectSteps.stage;
import static org.yingzai.projects.ProjectSteps.submitPath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * 容缺受理 over HTTP: a key project's stage is submitted without a secondary material against the
 * applicant's promise; the department accepts, reviews and approves; the result waits for the
 * material and comes with it, or, once the promised day passed without it, the promise is broken,
 * the result withheld and the enterprise gets a credit record.
 */
@WithHall
class GreenChannelPromiseTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  private StageCatalogueFixture catalogue;
  private Api enterprise;

  @BeforeEach
  void theSiteReportMayFollowWithinFiveWorkingDays() {
    catalogue = new StageCatalogueFixture(jdbc, hall);
    jdbc.update(
        "UPDATE item_material SET deferral_days = 5 WHERE item_code = ? AND code = 'M02'",
        catalogue.landItem);
    EngineTime.at("2026-03-02T09:00:00+08:00");
    enterprise = journeys.as(hall.enterprise());
  }

  @Test
  void thePromisedMaterialSuppliedInTimeReleasesTheWithheldResult() {
    String land =
        submittedWithPromise(keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园"));
    JsonNode promise = promiseOf(land);
    assertThat(promise.path("status").asText()).isEqualTo("PROMISED");
    assertThat(promise.path("dueAt").isTextual()).isFalse();

    approve(land);
    JsonNode promised = journeys.application(hall.enterprise(), land);
    assertThat(promised.path("status").asText()).isEqualTo("APPROVED");
    assertThat(promised.path("results")).isEmpty();
    assertThat(promiseOf(land).path("dueAt").asText()).isEqualTo("2026-03-09T23:59:59+08:00");

    EngineTime.at("2026-03-09T15:00:00+08:00");
    assertThat(promiseOf(land).path("warningLevel").asText()).isEqualTo("YELLOW");
    Api.Response supplied =
        enterprise.upload(
            "/api/applications/" + land + "/materials", "M02", "选址论证报告.pdf", Files.pdf("论证报告"));
    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(201);

    JsonNode kept = journeys.application(hall.enterprise(), land);
    assertThat(promiseOf(land).path("status").asText()).isEqualTo("SUPPLIED");
    assertThat(kept.path("results"))
        .singleElement()
        .satisfies(r -> assertThat(r.path("kind").asText()).isEqualTo("APPROVAL"));
    assertThat(timelineActions(kept)).contains("MATERIALS_PROMISED", "PROMISED_MATERIAL_SUPPLIED");
    assertThat(jobsOf(land)).isEmpty();
  }

  @Test
  void aPromisedDayPassedWithoutTheMaterialWithholdsTheResultAndMakesACreditRecord() {
    String land =
        submittedWithPromise(keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园"));
    approve(land);

    EngineTime.at("2026-03-10T00:00:01+08:00");
    List<Job> due = jobsOf(land);
    assertThat(due).hasSize(1);
    management.executeJob(due.get(0).getId());

    JsonNode broken = journeys.application(hall.enterprise(), land);
    assertThat(promiseOf(land).path("status").asText()).isEqualTo("BROKEN");
    assertThat(broken.path("results")).isEmpty();
    assertThat(timelineActions(broken)).contains("PROMISE_BROKEN");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE source_application_id = ?"
                    + " AND kind = 'BROKEN_PROMISE'",
                Integer.class,
                land))
        .isEqualTo(1);
    Api.Response late =
        enterprise.upload(
            "/api/applications/" + land + "/materials", "M02", "选址论证报告.pdf", Files.pdf("迟到的报告"));
    assertThat(late.status()).isEqualTo(409);
    assertThat(journeys.application(hall.enterprise(), land).path("results")).isEmpty();
  }

  @Test
  void theNextStageOpensOnlyOnceThePromisedMaterialCameAndABrokenPromiseLeavesItLocked() {
    String projectId = keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园");
    String land = submittedWithPromise(projectId);
    String site = siteOf(projectId);
    approve(land);
    journeys.complete(hall.outsider(), site, "ACCEPT", null);
    journeys.complete(hall.outsider(), site, "PASS", null);
    journeys.complete(hall.outsider(), site, "APPROVE", "同意");
    runStageJobs(jdbc, management, projectId, FIRST);

    JsonNode waiting = enterprise.get("/api/projects/" + projectId).body();
    assertThat(stage(waiting, "LAND_AND_PLANNING").path("status").asText()).isEqualTo("FINISHED");
    assertThat(stage(waiting, "LAND_AND_PLANNING").path("outcome").asText()).isEqualTo("APPROVED");
    assertThat(stage(waiting, "CONSTRUCTION_PERMIT_PLANNING").path("status").asText())
        .isEqualTo("LOCKED");
    assertThat(timelineActions(journeys.application(hall.enterprise(), land)))
        .contains("RESULT_WITHHELD");

    enterprise.upload(
        "/api/applications/" + land + "/materials", "M02", "选址论证报告.pdf", Files.pdf("论证报告"));
    assertThat(
            stage(
                    enterprise.get("/api/projects/" + projectId).body(),
                    "CONSTRUCTION_PERMIT_PLANNING")
                .path("status")
                .asText())
        .isEqualTo("OPEN");

    String other = keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园");
    String otherLand = submittedWithPromise(other);
    String otherSite = siteOf(other);
    approve(otherLand);
    journeys.complete(hall.outsider(), otherSite, "ACCEPT", null);
    journeys.complete(hall.outsider(), otherSite, "PASS", null);
    journeys.complete(hall.outsider(), otherSite, "APPROVE", "同意");
    runStageJobs(jdbc, management, other, FIRST);
    EngineTime.at("2026-03-10T00:00:01+08:00");
    management.executeJob(jobsOf(otherLand).get(0).getId());
    JsonNode broken = enterprise.get("/api/projects/" + other).body();
    assertThat(stage(broken, "LAND_AND_PLANNING").path("outcome").asText())
        .isEqualTo("NOT_APPROVED");
    assertThat(stage(broken, "CONSTRUCTION_PERMIT_PLANNING").path("status").asText())
        .isEqualTo("LOCKED");
  }

  private String siteOf(String projectId) {
    for (JsonNode s : enterprise.get("/api/projects/" + projectId).body().path("stages")) {
      for (JsonNode a : s.path("applications")) {
        if (a.path("itemCode").asText().equals(catalogue.siteItem)) {
          return a.path("id").asText();
        }
      }
    }
    throw new AssertionError("no site application");
  }

  @Test
  void aWithdrawnApplicationsPromiseIsCancelledWithItsTimerAndNeverBreaks() {
    String land =
        submittedWithPromise(keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园"));
    assertThat(journeys.complete(hall.clerk(), land, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(jobsOf(land)).isEmpty();
    Api.Response withdrawn =
        enterprise.post("/api/applications/" + land + "/withdraw", Map.of("reason", "项目调整"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);

    assertThat(promiseOf(land).path("status").asText()).isEqualTo("CANCELLED");
    String process =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM material_promise WHERE application_id = ?",
            String.class,
            land);
    assertThat(management.createJobQuery().processInstanceId(process).count()).isZero();
    EngineTime.at("2026-03-10T00:00:01+08:00");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM credit_record WHERE source_application_id = ?",
                Integer.class,
                land))
        .isZero();
  }

  @Test
  void onlyAKeyProjectPromisesAndOnlyTheMaterialsItsItemsMayGoWithout() {
    String ordinary = register(enterprise, "智能装备产业园", "INDUSTRIAL");
    prepare(ordinary);
    Api.Response notKey =
        enterprise.post(submitPath(ordinary, FIRST), Map.of("promisedMaterials", List.of("S02")));
    assertThat(notKey.status()).isEqualTo(400);
    assertThat(notKey.code()).isEqualTo("GREEN_CHANNEL_ONLY");

    String key = keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园");
    prepare(key);
    // the stage's form says which materials may follow and within how many working days
    Map<String, JsonNode> materials = new java.util.HashMap<>();
    enterprise
        .get("/api/projects/" + key + "/stages/LAND_AND_PLANNING/form")
        .body()
        .path("materials")
        .forEach(m -> materials.put(m.path("code").asText(), m));
    assertThat(materials.get("S02").path("deferralDays").asInt()).isEqualTo(5);
    assertThat(materials.get("S01").has("deferralDays")).isFalse();
    jdbc.update(
        "DELETE FROM project_stage_upload WHERE project_id = ? AND material_code = 'S01'", key);
    Api.Response redLine =
        enterprise.post(submitPath(key, FIRST), Map.of("promisedMaterials", List.of("S01", "S02")));
    assertThat(redLine.status()).isEqualTo(400);
    assertThat(redLine.code()).isEqualTo("MATERIAL_NOT_DEFERRABLE");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM project_application WHERE project_id = ?",
                Integer.class,
                key))
        .isZero();
  }

  private String submittedWithPromise(String projectId) {
    prepare(projectId);
    Api.Response submitted =
        enterprise.post(submitPath(projectId, FIRST), Map.of("promisedMaterials", List.of("S02")));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    for (JsonNode application : submitted.body().path("applications")) {
      if (application.path("itemCode").asText().equals(catalogue.landItem)) {
        return application.path("id").asText();
      }
    }
    throw new AssertionError("no land application in " + submitted);
  }

  /** The form and the red-line map; the site report (S02) is not uploaded. */
  private void prepare(String projectId) {
    enterprise.put(
        "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/form",
        Map.of("projectName", "智能装备产业园"));
    Api.Response uploaded =
        enterprise.upload(
            "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/materials",
            "S01",
            "红线图.pdf",
            Files.pdf("红线图"));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
  }

  private void approve(String land) {
    assertThat(journeys.complete(hall.clerk(), land, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), land, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), land, "APPROVE", "同意").status()).isEqualTo(200);
  }

  private JsonNode promiseOf(String applicationId) {
    JsonNode promises = journeys.application(hall.enterprise(), applicationId).path("promises");
    assertThat(promises).hasSize(1);
    assertThat(promises.get(0).path("materialCode").asText()).isEqualTo("M02");
    return promises.get(0);
  }

  private List<Job> jobsOf(String applicationId) {
    String process =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM material_promise WHERE application_id = ?",
            String.class,
            applicationId);
    return management.createJobQuery().processInstanceId(process).executable().list();
  }

  private static List<String> timelineActions(JsonNode application) {
    return application.path("timeline").findValuesAsText("action");
  }
}
