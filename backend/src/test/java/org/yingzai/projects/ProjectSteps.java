package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;

/** Steps of a construction project over HTTP that the project tests share. */
final class ProjectSteps {

  static final String FIRST = "LAND_AND_PLANNING";
  static final String SECOND = "CONSTRUCTION_PERMIT_PLANNING";

  private ProjectSteps() {}

  /** A project the enterprise registers under a fresh code; its first stage opens. */
  static String register(Api enterprise, String name, String type) {
    Api.Response created =
        enterprise.post(
            "/api/projects",
            Map.of(
                "code",
                String.format("2026-370571-35-02-%06d", (int) (Math.random() * 1_000_000)),
                "name",
                name,
                "location",
                "高新区创新大道 88 号",
                "investment",
                52000.5,
                "projectType",
                type));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.body().path("id").asText();
  }

  /** An industrial project that the supervisor puts on the green channel. */
  static String keyProject(Api enterprise, Api supervisor, String name) {
    String projectId = register(enterprise, name, "INDUSTRIAL");
    Api.Response key =
        supervisor.post("/api/projects/" + projectId + "/key", Map.of("reason", "市级重点建设项目"));
    assertThat(key.status()).as(key.toString()).isEqualTo(200);
    return projectId;
  }

  static JsonNode stage(JsonNode project, String stage) {
    for (JsonNode s : project.path("stages")) {
      if (s.path("stage").asText().equals(stage)) {
        return s;
      }
    }
    throw new AssertionError("no stage " + stage + " in " + project);
  }

  /** Runs the due jobs of the stage's parallel approval, as the job executor would. */
  static void runStageJobs(
      JdbcTemplate jdbc, ManagementService management, String projectId, String stage) {
    String processInstanceId =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM project_stage WHERE project_id = ? AND stage = ?",
            String.class,
            projectId,
            stage);
    for (Job job :
        management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  static String formPath(String projectId, String stage) {
    return "/api/projects/" + projectId + "/stages/" + stage + "/form";
  }

  static String materialsPath(String projectId, String stage) {
    return "/api/projects/" + projectId + "/stages/" + stage + "/materials";
  }

  static String submitPath(String projectId, String stage) {
    return "/api/projects/" + projectId + "/stages/" + stage + "/submit";
  }
}
