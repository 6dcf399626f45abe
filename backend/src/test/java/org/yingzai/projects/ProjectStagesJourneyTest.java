package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.formPath;
import static org.yingzai.projects.ProjectSteps.register;
import static org.yingzai.projects.ProjectSteps.runStageJobs;
import static org.yingzai.projects.ProjectSteps.stage;
import static org.yingzai.projects.ProjectSteps.submitPath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * A construction project's stage over HTTP: one form, each material uploaded once, one submission
 * that puts one application per item into each department's queue at once, the stage's own clock
 * from the first acceptance, and the next stage opening once every item is approved.
 */
@WithHall
class ProjectStagesJourneyTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  private StageCatalogueFixture catalogue;

  @BeforeEach
  void mondayMorning() {
    catalogue = new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T10:00:00+08:00");
  }

  @Test
  void oneSubmissionOfAStageReachesEveryDepartmentAtOnceAndTheNextStageOpensWhenAllApproved() {
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = register(enterprise, "示例智能装备产业园", "INDUSTRIAL");

    JsonNode project = enterprise.get("/api/projects/" + projectId).body();
    assertThat(stage(project, "LAND_AND_PLANNING").path("status").asText()).isEqualTo("OPEN");
    assertThat(stage(project, "CONSTRUCTION_PERMIT_PLANNING").path("status").asText())
        .isEqualTo("LOCKED");
    JsonNode form = enterprise.get(formPath(projectId, "LAND_AND_PLANNING")).body();
    assertThat(form.path("form").path("projectName").asText()).isEqualTo("示例智能装备产业园");
    assertThat(form.path("itemCodes"))
        .extracting(JsonNode::asText)
        .containsExactly(catalogue.landItem, catalogue.siteItem);
    assertThat(form.path("materials"))
        .extracting(m -> m.path("code").asText() + ":" + m.path("required").asBoolean())
        .containsExactly("S01:true", "S02:true", "S03:false");

    Api.Response early = enterprise.post(submitPath(projectId, "LAND_AND_PLANNING"), null);
    assertThat(early.status()).as(early.toString()).isEqualTo(400);
    assertThat(early.code()).isEqualTo("STAGE_MATERIALS_MISSING");
    assertThat(early.body().path("missingMaterials"))
        .extracting(m -> m.path("code").asText())
        .containsExactly("S01", "S02");
    assertThat(membersOf(projectId)).isZero();

    assertThat(
            enterprise
                .put(
                    formPath(projectId, "LAND_AND_PLANNING"),
                    Map.of("projectName", "示例智能装备产业园", "contactPhone", "13800138000"))
                .status())
        .isEqualTo(200);
    upload(enterprise, projectId, "S01");
    upload(enterprise, projectId, "S02");

    Api.Response submitted = enterprise.post(submitPath(projectId, "LAND_AND_PLANNING"), null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.body().path("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode applications = submitted.body().path("applications");
    assertThat(applications)
        .extracting(a -> a.path("itemCode").asText() + "@" + a.path("department").asText())
        .containsExactlyInAnyOrder(
            catalogue.landItem + "@" + hall.department(),
            catalogue.siteItem + "@" + hall.otherDepartment());
    String land = idOf(applications, catalogue.landItem);
    String site = idOf(applications, catalogue.siteItem);

    // each department has its own task; the red-line map went to both, uploaded once
    assertThat(journeys.findTask(hall.clerk(), land)).isPresent();
    assertThat(journeys.findTask(hall.outsider(), site)).isPresent();
    assertThat(journeys.findTask(hall.clerk(), site)).isEmpty();
    JsonNode siteApplication = journeys.application(hall.enterprise(), site);
    assertThat(siteApplication.path("form").path("contactPhone").asText()).isEqualTo("13800138000");
    assertThat(materialCodes(journeys.application(hall.enterprise(), land)))
        .containsExactlyInAnyOrder("M01", "M02");
    assertThat(materialCodes(siteApplication)).containsExactly("M01");
    assertThat(sha256Of(journeys.application(hall.enterprise(), land), "M01"))
        .isEqualTo(sha256Of(siteApplication, "M01"));

    // the stage's clock starts with its first acceptance: 8 working days from Monday 2 March
    assertThat(journeys.complete(hall.clerk(), land, "ACCEPT", null).status()).isEqualTo(200);
    JsonNode running =
        stage(enterprise.get("/api/projects/" + projectId).body(), "LAND_AND_PLANNING");
    assertThat(running.path("startedOn").asText()).isEqualTo("2026-03-02");
    assertThat(running.path("deadline").asText()).isEqualTo("2026-03-12T23:59:59+08:00");
    assertThat(running.path("warningLevel").asText()).isEqualTo("GREEN");

    EngineTime.at("2026-03-04T10:00:00+08:00");
    journeys.complete(hall.outsider(), site, "ACCEPT", null);
    journeys.complete(hall.outsider(), site, "PASS", null);
    assertThat(journeys.complete(hall.outsider(), site, "APPROVE", "同意").status()).isEqualTo(200);
    runStageJobs(jdbc, management, projectId, "LAND_AND_PLANNING");
    assertThat(
            stage(enterprise.get("/api/projects/" + projectId).body(), "LAND_AND_PLANNING")
                .path("status")
                .asText())
        .isEqualTo("IN_PROGRESS");

    journeys.complete(hall.reviewer(), land, "PASS", null);
    assertThat(journeys.complete(hall.approver(), land, "APPROVE", "同意").status()).isEqualTo(200);
    runStageJobs(jdbc, management, projectId, "LAND_AND_PLANNING");

    JsonNode done = enterprise.get("/api/projects/" + projectId).body();
    JsonNode first = stage(done, "LAND_AND_PLANNING");
    assertThat(first.path("status").asText()).isEqualTo("FINISHED");
    assertThat(first.path("outcome").asText()).isEqualTo("APPROVED");
    assertThat(first.path("workingDaysUsed").asInt()).isEqualTo(2);
    assertThat(first.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(stage(done, "CONSTRUCTION_PERMIT_PLANNING").path("status").asText())
        .isEqualTo("OPEN");
    assertThat(
            enterprise
                .get(formPath(projectId, "CONSTRUCTION_PERMIT_PLANNING"))
                .body()
                .path("form")
                .path("projectName")
                .asText())
        .isEqualTo("示例智能装备产业园");
    assertThat(first.path("promisedLimit").asInt()).isEqualTo(8);

    // what stage 1 decided is available to stage 2: the land licence needs no upload
    JsonNode second = enterprise.get(formPath(projectId, "CONSTRUCTION_PERMIT_PLANNING")).body();
    JsonNode licence = second.path("materials").get(1);
    assertThat(licence.path("code").asText()).isEqualTo("S02");
    String landResult =
        journeys
            .application(hall.enterprise(), land)
            .path("results")
            .get(0)
            .path("documentNumber")
            .asText();
    assertThat(licence.path("resultDocument").asText()).isEqualTo(landResult);
    Api.Response design =
        enterprise.upload(
            "/api/projects/" + projectId + "/stages/CONSTRUCTION_PERMIT_PLANNING/materials",
            "S01",
            "设计方案.pdf",
            Files.pdf("设计方案"));
    assertThat(design.status()).isEqualTo(201);
    Api.Response secondSubmitted =
        enterprise.post(submitPath(projectId, "CONSTRUCTION_PERMIT_PLANNING"), null);
    assertThat(secondSubmitted.status()).as(secondSubmitted.toString()).isEqualTo(200);
    String permit = secondSubmitted.body().path("applications").get(0).path("id").asText();
    assertThat(sha256Of(journeys.application(hall.enterprise(), permit), "M02"))
        .isEqualTo(
            journeys
                .application(hall.enterprise(), land)
                .path("results")
                .get(0)
                .path("sha256")
                .asText());
    int promised = 0;
    for (JsonNode stage : done.path("stages")) {
      promised += stage.path("promisedLimit").asInt();
    }
    assertThat(done.path("promisedLimit").asInt()).isEqualTo(promised);
    assertThat(done.path("workingDaysUsed").asInt()).isEqualTo(2);
  }

  @Test
  void aSupplementAskedByOneDepartmentLeavesTheOthersGoingAndADenialKeepsTheNextStageLocked() {
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = register(enterprise, "示例智能装备产业园", "INDUSTRIAL");
    enterprise.put(formPath(projectId, "LAND_AND_PLANNING"), Map.of("projectName", "测试项目"));
    upload(enterprise, projectId, "S01");
    upload(enterprise, projectId, "S02");
    JsonNode before = stagesOnTheBoard();
    JsonNode applications =
        enterprise
            .post(submitPath(projectId, "LAND_AND_PLANNING"), null)
            .body()
            .path("applications");
    String land = idOf(applications, catalogue.landItem);
    String site = idOf(applications, catalogue.siteItem);
    JsonNode submitted = stagesOnTheBoard();
    assertThat(submitted.path("inProgress").asLong() - before.path("inProgress").asLong())
        .isEqualTo(1);
    assertThat(submitted.path("notStarted").asLong() - before.path("notStarted").asLong())
        .isEqualTo(1);

    journeys.complete(hall.outsider(), site, "ACCEPT", null);
    journeys.complete(hall.clerk(), land, "ACCEPT", null);
    JsonNode started = stagesOnTheBoard();
    assertThat(started.path("notStarted").asLong()).isEqualTo(before.path("notStarted").asLong());
    assertThat(
            started.path("byWarningLevel").path("GREEN").asLong()
                - before.path("byWarningLevel").path("GREEN").asLong())
        .isEqualTo(1);
    EngineTime.at("2026-03-03T10:00:00+08:00");
    Api.Response asked =
        journeys.requestSupplement(hall.outsider(), site, "红线图比例尺不清晰，请重新上传", "M01");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);

    // the land department goes on; the stage runs while one of its items still does
    JsonNode stage =
        stage(enterprise.get("/api/projects/" + projectId).body(), "LAND_AND_PLANNING");
    assertThat(stage.path("clockPaused").asBoolean()).isFalse();
    assertThat(stage.path("applications"))
        .extracting(a -> a.path("itemCode").asText() + ":" + a.path("step").asText())
        .containsExactlyInAnyOrder(
            catalogue.landItem + ":REVIEW", catalogue.siteItem + ":SUPPLEMENT");
    assertThat(journeys.complete(hall.reviewer(), land, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), land, "DENY", "用地性质与规划不符").status())
        .isEqualTo(200);

    // the applicant answers the one department once; it then decides
    Api.Response reupload =
        enterprise.upload(
            "/api/applications/" + site + "/materials", "M01", "红线图.pdf", Files.pdf("清晰的红线图"));
    assertThat(reupload.status()).as(reupload.toString()).isEqualTo(201);
    Api.Response answered =
        enterprise.post("/api/applications/" + site + "/supplement", Map.of("comment", "已重新上传"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    journeys.complete(hall.outsider(), site, "PASS", null);
    journeys.complete(hall.outsider(), site, "APPROVE", "同意");
    runStageJobs(jdbc, management, projectId, "LAND_AND_PLANNING");

    JsonNode done = enterprise.get("/api/projects/" + projectId).body();
    assertThat(stage(done, "LAND_AND_PLANNING").path("status").asText()).isEqualTo("FINISHED");
    assertThat(stage(done, "LAND_AND_PLANNING").path("outcome").asText()).isEqualTo("NOT_APPROVED");
    assertThat(stage(done, "CONSTRUCTION_PERMIT_PLANNING").path("status").asText())
        .isEqualTo("LOCKED");
  }

  @Test
  void onlyTheEnterpriseTheDepartmentsInvolvedAndSupervisorsSeeAProject() {
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = register(enterprise, "示例智能装备产业园", "INDUSTRIAL");

    assertThat(journeys.as(hall.otherEnterprise()).get("/api/projects/" + projectId).status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.outsider()).get("/api/projects/" + projectId).status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.supervisor()).get("/api/projects/" + projectId).status())
        .isEqualTo(200);
    assertThat(
            journeys
                .as(hall.otherEnterprise())
                .put(formPath(projectId, "LAND_AND_PLANNING"), Map.of("projectName", "别人的项目"))
                .status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.otherEnterprise()).get("/api/projects").body().path("content"))
        .extracting(p -> p.path("id").asText())
        .doesNotContain(projectId);

    upload(enterprise, projectId, "S01");
    upload(enterprise, projectId, "S02");
    enterprise.put(formPath(projectId, "LAND_AND_PLANNING"), Map.of("projectName", "测试项目"));
    assertThat(enterprise.post(submitPath(projectId, "LAND_AND_PLANNING"), null).status())
        .isEqualTo(200);

    // once its department handles one of the project's applications, its clerk sees the project:
    // its own department's work only, not the enterprise's forms or authorizations
    Api.Response seen = journeys.as(hall.outsider()).get("/api/projects/" + projectId);
    assertThat(seen.status()).isEqualTo(200);
    assertThat(stage(seen.body(), "LAND_AND_PLANNING").path("applications"))
        .extracting(a -> a.path("department").asText())
        .containsOnly(hall.otherDepartment());
    assertThat(journeys.as(hall.outsider()).get(formPath(projectId, "LAND_AND_PLANNING")).status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.outsider()).get("/api/projects/" + projectId + "/helper").status())
        .isEqualTo(404);
    Api.Response again = enterprise.post(submitPath(projectId, "LAND_AND_PLANNING"), null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("STAGE_NOT_OPEN");
  }

  @Test
  void aLinearProjectAppliesOnlyForTheItemsOfItsTypeAndItsCodeIsTakenOnce() {
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = register(enterprise, "示例智能装备产业园", "LINEAR");

    JsonNode form = enterprise.get(formPath(projectId, "LAND_AND_PLANNING")).body();
    assertThat(form.path("itemCodes"))
        .extracting(JsonNode::asText)
        .containsExactly(catalogue.landItem);
    assertThat(form.path("materials"))
        .extracting(m -> m.path("code").asText())
        .containsExactly("S01", "S02");

    String code = enterprise.get("/api/projects/" + projectId).body().path("code").asText();
    Api.Response twice =
        enterprise.post(
            "/api/projects",
            Map.of(
                "code",
                code,
                "name",
                "重复",
                "location",
                "高新区",
                "investment",
                1,
                "projectType",
                "LINEAR"));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("PROJECT_CODE_TAKEN");
  }

  private void upload(Api enterprise, String projectId, String materialCode) {
    Api.Response uploaded =
        enterprise.upload(
            "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/materials",
            materialCode,
            materialCode + ".pdf",
            Files.pdf("stage material " + materialCode));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
  }

  private JsonNode stagesOnTheBoard() {
    Api.Response overview = journeys.as(hall.supervisor()).get("/api/supervision/overview");
    assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
    return overview.body().path("projectStages");
  }

  private int membersOf(String projectId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM project_application WHERE project_id = ?", Integer.class, projectId);
  }

  private static String idOf(JsonNode applications, String itemCode) {
    for (JsonNode a : applications) {
      if (a.path("itemCode").asText().equals(itemCode)) {
        return a.path("id").asText();
      }
    }
    throw new AssertionError("no application of " + itemCode);
  }

  private static List<String> materialCodes(JsonNode application) {
    List<String> codes = new ArrayList<>();
    application.path("materials").forEach(m -> codes.add(m.path("materialCode").asText()));
    return codes;
  }

  private static String sha256Of(JsonNode application, String materialCode) {
    for (JsonNode m : application.path("materials")) {
      if (m.path("materialCode").asText().equals(materialCode)) {
        return m.path("sha256").asText();
      }
    }
    throw new AssertionError("no material " + materialCode);
  }
}
