package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.FIRST;
import static org.yingzai.projects.ProjectSteps.register;
import static org.yingzai.projects.ProjectSteps.submitPath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * 帮办代办 over HTTP: an administrator gives a key project its helper; the helper acts only under the
 * enterprise's authorization in force, within its scope and until its day; the enterprise sees what
 * the helper did in its name and can stop it at once.
 */
@WithHall
class ProjectHelpersTest {

  private static final AtomicInteger HELPERS = new AtomicInteger();

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private String helper;
  private Api enterprise;
  private Api admin;

  @BeforeEach
  void keyProjectWithHelper() {
    new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T10:00:00+08:00");
    helper = hall.colleague("helper" + HELPERS.incrementAndGet(), "help");
    enterprise = journeys.as(hall.enterprise());
    admin = journeys.as(hall.admin());
  }

  @Test
  void theHelperActsOnlyWithinTheScopeOfTheAuthorizationInForceAndTheEnterpriseSeesWhatItDid() {
    String projectId = keyProject();
    Api asHelper = journeys.as(helper);
    assertThat(asHelper.get("/api/projects/" + projectId).status()).isEqualTo(404);
    assertThat(putForm(asHelper, projectId).status()).isEqualTo(404);

    authorize(projectId, "PREPARE", "2026-03-31");
    assertThat(asHelper.get("/api/projects/" + projectId).status()).isEqualTo(200);
    assertThat(putForm(asHelper, projectId).status()).isEqualTo(200);
    assertThat(upload(asHelper, projectId, "S01").status()).isEqualTo(201);
    assertThat(upload(asHelper, projectId, "S02").status()).isEqualTo(201);
    Api.Response refused = asHelper.post(submitPath(projectId, FIRST), null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("HELPER_NOT_AUTHORIZED_TO_SUBMIT");

    authorize(projectId, "PREPARE_AND_SUBMIT", "2026-03-31");
    Api.Response promising =
        asHelper.post(submitPath(projectId, FIRST), Map.of("promisedMaterials", List.of("S02")));
    assertThat(promising.status()).isEqualTo(400);
    assertThat(promising.code()).isEqualTo("PROMISE_BY_ENTERPRISE_ONLY");
    Api.Response submitted = asHelper.post(submitPath(projectId, FIRST), null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    String applicationId = submitted.body().path("applications").get(0).path("id").asText();
    assertThat(journeys.listed(hall.enterprise(), applicationId)).isPresent();

    JsonNode view = enterprise.get("/api/projects/" + projectId + "/helper").body();
    assertThat(view.path("helper").asText()).isEqualTo(helper);
    assertThat(view.path("inForce").path("scope").asText()).isEqualTo("PREPARE_AND_SUBMIT");
    assertThat(view.path("authorizations")).hasSize(2);
    assertThat(view.path("authorizations").get(0).path("withdrawnAt").isTextual()).isTrue();
    assertThat(view.path("actions"))
        .extracting(a -> a.path("action").asText())
        .containsExactly(
            "STAGE_SUBMITTED",
            "STAGE_MATERIAL_UPLOADED",
            "STAGE_MATERIAL_UPLOADED",
            "STAGE_FORM_CHANGED");
    assertThat(view.path("actions"))
        .allSatisfy(a -> assertThat(a.path("actor").asText()).isEqualTo(helper));
    assertThat(asHelper.get("/api/projects").body().path("content"))
        .extracting(p -> p.path("id").asText())
        .contains(projectId);

    // its department now handles an application of the project: the helper still sees it only
    // under the authorization, unlike the department's own clerks
    enterprise.post(
        "/api/projects/" + projectId + "/helper/authorization/withdraw", Map.of("reason", "已提交"));
    assertThat(asHelper.get("/api/projects/" + projectId).status()).isEqualTo(404);
    assertThat(asHelper.get("/api/projects").body().path("content"))
        .extracting(p -> p.path("id").asText())
        .doesNotContain(projectId);
    assertThat(journeys.as(hall.clerk()).get("/api/projects/" + projectId).status()).isEqualTo(200);
  }

  @Test
  void withdrawingTheAuthorizationStopsTheHelperAtOnce() {
    String projectId = keyProject();
    authorize(projectId, "PREPARE_AND_SUBMIT", "2026-03-31");
    Api asHelper = journeys.as(helper);
    assertThat(putForm(asHelper, projectId).status()).isEqualTo(200);

    Api.Response withdrawn =
        enterprise.post(
            "/api/projects/" + projectId + "/helper/authorization/withdraw",
            Map.of("reason", "改由本单位自行办理"));
    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.body().path("inForce").isObject()).isFalse();

    assertThat(putForm(asHelper, projectId).status()).isEqualTo(404);
    assertThat(asHelper.post(submitPath(projectId, FIRST), null).status()).isEqualTo(404);
    assertThat(asHelper.get("/api/projects/" + projectId).status()).isEqualTo(404);
    Api.Response again =
        enterprise.post("/api/projects/" + projectId + "/helper/authorization/withdraw", null);
    assertThat(again.code()).isEqualTo("NO_AUTHORIZATION_IN_FORCE");
  }

  @Test
  void anotherHelperStartsWithoutTheAuthorizationTheEnterpriseGaveTheFirst() {
    String projectId = keyProject();
    authorize(projectId, "PREPARE", "2026-03-31");
    String second = hall.colleague("helper" + HELPERS.incrementAndGet(), "help");
    assertThat(
            admin.post("/api/projects/" + projectId + "/helper", Map.of("helper", second)).status())
        .isEqualTo(200);

    JsonNode view = enterprise.get("/api/projects/" + projectId + "/helper").body();
    assertThat(view.path("helper").asText()).isEqualTo(second);
    assertThat(view.path("inForce").isObject()).isFalse();
    assertThat(putForm(journeys.as(second), projectId).status()).isEqualTo(404);
    assertThat(putForm(journeys.as(helper), projectId).status()).isEqualTo(404);
  }

  @Test
  void anAuthorizationEndsWithTheDayItRunsThrough() {
    String projectId = keyProject();
    authorize(projectId, "PREPARE", "2026-03-03");
    Api asHelper = journeys.as(helper);

    EngineTime.at("2026-03-03T23:59:00+08:00");
    assertThat(putForm(asHelper, projectId).status()).isEqualTo(200);
    EngineTime.at("2026-03-04T00:00:01+08:00");
    assertThat(putForm(asHelper, projectId).status()).isEqualTo(404);

    Api.Response past =
        enterprise.post(
            "/api/projects/" + projectId + "/helper/authorization",
            Map.of("scope", "PREPARE", "validUntil", "2026-03-03"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.code()).isEqualTo("AUTHORIZATION_UNTIL_INVALID");

    // a scope that is none of the choices is refused by name, with the choices
    Api.Response unknown =
        enterprise.post(
            "/api/projects/" + projectId + "/helper/authorization",
            Map.of("scope", "STAGE_2", "validUntil", "2026-03-31"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("FIELD_VALUE_INVALID");
    assertThat(unknown.body().path("field").asText()).isEqualTo("scope");
    assertThat(unknown.body().path("detail").asText()).contains("scope", "STAGE_2", "PREPARE");
  }

  @Test
  void onlyAKeyProjectGetsAHelperAndOnlyAClerkWithTheDutyHelpIsOne() {
    String projectId = register(enterprise, "智能焊接机器人生产基地", "INDUSTRIAL");
    Api.Response notKey =
        admin.post("/api/projects/" + projectId + "/helper", Map.of("helper", helper));
    assertThat(notKey.status()).isEqualTo(409);
    assertThat(notKey.code()).isEqualTo("PROJECT_NOT_KEY");

    designateKey(projectId);
    Api.Response reviewer =
        admin.post("/api/projects/" + projectId + "/helper", Map.of("helper", hall.reviewer()));
    assertThat(reviewer.status()).isEqualTo(400);
    assertThat(reviewer.code()).isEqualTo("HELPER_INVALID");
    assertThat(
            journeys
                .as(hall.supervisor())
                .post("/api/projects/" + projectId + "/helper", Map.of("helper", helper))
                .status())
        .isEqualTo(403);
  }

  private String keyProject() {
    String projectId = register(enterprise, "智能焊接机器人生产基地", "INDUSTRIAL");
    designateKey(projectId);
    Api.Response assigned =
        admin.post("/api/projects/" + projectId + "/helper", Map.of("helper", helper));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    JsonNode project = enterprise.get("/api/projects/" + projectId).body();
    assertThat(project.path("keyProject").asBoolean()).isTrue();
    assertThat(project.path("helper").path("username").asText()).isEqualTo(helper);
    return projectId;
  }

  private void designateKey(String projectId) {
    Api.Response key =
        journeys
            .as(hall.supervisor())
            .post("/api/projects/" + projectId + "/key", Map.of("reason", "市级重点建设项目"));
    assertThat(key.status()).as(key.toString()).isEqualTo(200);
  }

  private void authorize(String projectId, String scope, String until) {
    Api.Response authorized =
        enterprise.post(
            "/api/projects/" + projectId + "/helper/authorization",
            Map.of("scope", scope, "validUntil", until));
    assertThat(authorized.status()).as(authorized.toString()).isEqualTo(200);
  }

  private static Api.Response putForm(Api api, String projectId) {
    return api.put(
        "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/form",
        Map.of("projectName", "智能焊接机器人生产基地"));
  }

  private static Api.Response upload(Api api, String projectId, String materialCode) {
    return api.upload(
        "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/materials",
        materialCode,
        materialCode + ".pdf",
        Files.pdf("helper upload " + materialCode));
  }
}
