package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.keyProject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.StepTimerJobs;
import org.yingzai.support.WithHall;

/**
 * 绿色通道 in the clerk's queue: a key project's work is marked and comes first among the work of the
 * same warning level, never before more urgent work.
 */
@WithHall
class GreenChannelQueueTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  @Test
  void aKeyProjectsWorkComesFirstAmongTheWorkOfItsLevelAndAfterMoreUrgentWork() {
    StageCatalogueFixture catalogue = new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String late = journeys.submitted(hall.enterprise(), hall.committedItem());
    EngineTime.at("2026-03-04T09:00:00+08:00");
    // the acceptance step of Monday's application was due on Tuesday: RED now
    StepTimerJobs.runDue(management, processOf(late));
    String older = journeys.submitted(hall.enterprise(), hall.committedItem());

    EngineTime.at("2026-03-04T10:00:00+08:00");
    Api enterprise = journeys.as(hall.enterprise());
    String projectId = keyProject(enterprise, journeys.as(hall.supervisor()), "智能装备产业园");
    enterprise.put(
        "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/form",
        Map.of("projectName", "智能装备产业园"));
    for (String material : List.of("S01", "S02")) {
      enterprise.upload(
          "/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/materials",
          material,
          material + ".pdf",
          Files.pdf(material));
    }
    Api.Response submitted =
        enterprise.post("/api/projects/" + projectId + "/stages/LAND_AND_PLANNING/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    String green = null;
    for (JsonNode application : submitted.body().path("applications")) {
      if (application.path("itemCode").asText().equals(catalogue.landItem)) {
        green = application.path("id").asText();
      }
    }

    List<JsonNode> queue = queueOf(hall.clerk(), late, older, green);
    assertThat(queue)
        .extracting(t -> t.path("applicationId").asText())
        .containsExactly(late, green, older);
    assertThat(queue)
        .extracting(t -> t.path("warningLevel").asText() + ":" + t.path("greenChannel").asBoolean())
        .containsExactly("RED:false", "GREEN:true", "GREEN:false");
  }

  /** The open tasks of these applications in the clerk's queue, in the queue's order. */
  private List<JsonNode> queueOf(String clerk, String... applicationIds) {
    List<String> ids = List.of(applicationIds);
    List<JsonNode> tasks = new ArrayList<>();
    for (JsonNode task : journeys.as(clerk).get("/api/tasks?size=100").body().path("content")) {
      if (ids.contains(task.path("applicationId").asText())) {
        tasks.add(task);
      }
    }
    return tasks;
  }

  private String processOf(String applicationId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM application WHERE id = ?", String.class, applicationId);
  }
}
