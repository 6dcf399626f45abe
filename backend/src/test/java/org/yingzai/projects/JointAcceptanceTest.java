package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.FIRST;
import static org.yingzai.projects.ProjectSteps.materialsPath;
import static org.yingzai.projects.ProjectSteps.register;
import static org.yingzai.projects.ProjectSteps.runStageJobs;
import static org.yingzai.projects.ProjectSteps.stage;
import static org.yingzai.projects.ProjectSteps.submitPath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * 联合验收: the departments of a joint stage inspect in parallel and the stage ends with one joint
 * result naming each department's conclusion, verified by its code like any result.
 */
@WithHall
class JointAcceptanceTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  @Test
  void aJointStageEndsWithOneJointResultThatADenialKeepsFromPassing() {
    StageCatalogueFixture catalogue = new StageCatalogueFixture(jdbc, hall);
    jdbc.update("UPDATE project_stage_entry SET joint = TRUE WHERE stage = ?", FIRST);
    EngineTime.at("2026-03-02T09:00:00+08:00");
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = register(enterprise, "联合验收测试项目", "INDUSTRIAL");
    enterprise.put(
        "/api/projects/" + projectId + "/stages/" + FIRST + "/form",
        Map.of("projectName", "联合验收测试项目"));
    for (String material : new String[] {"S01", "S02"}) {
      enterprise.upload(
          materialsPath(projectId, FIRST), material, material + ".pdf", Files.pdf(material));
    }
    JsonNode applications =
        enterprise.post(submitPath(projectId, FIRST), null).body().path("applications");
    String land = null;
    String site = null;
    for (JsonNode a : applications) {
      if (a.path("itemCode").asText().equals(catalogue.landItem)) {
        land = a.path("id").asText();
      } else {
        site = a.path("id").asText();
      }
    }

    journeys.complete(hall.clerk(), land, "ACCEPT", null);
    journeys.complete(hall.reviewer(), land, "PASS", null);
    journeys.complete(hall.approver(), land, "APPROVE", "验收合格");
    journeys.complete(hall.outsider(), site, "ACCEPT", null);
    journeys.complete(hall.outsider(), site, "PASS", null);
    journeys.complete(hall.outsider(), site, "DENY", "消防设施未按设计施工");
    runStageJobs(jdbc, management, projectId, FIRST);

    JsonNode stage = stage(enterprise.get("/api/projects/" + projectId).body(), FIRST);
    assertThat(stage.path("status").asText()).isEqualTo("FINISHED");
    assertThat(stage.path("outcome").asText()).isEqualTo("NOT_APPROVED");
    JsonNode joint = stage.path("jointResult");
    assertThat(joint.path("passed").asBoolean()).isFalse();
    assertThat(joint.path("documentNumber").asText()).startsWith("高新联验字〔2026〕");

    Api.Response pdf =
        enterprise.get("/api/projects/" + projectId + "/stages/" + FIRST + "/joint-result");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    JsonNode verified =
        Api.anonymous(http).get("/api/results/" + joint.path("code").asText()).body();
    assertThat(verified.path("genuine").asBoolean()).isTrue();
    assertThat(verified.path("kind").asText()).isEqualTo("JOINT_ACCEPTANCE");
    assertThat(verified.path("itemName").asText()).isEqualTo("联合验收测试项目");
    assertThat(
            journeys
                .as(hall.otherEnterprise())
                .get("/api/projects/" + projectId + "/stages/" + FIRST + "/joint-result")
                .status())
        .isEqualTo(404);
  }
}
