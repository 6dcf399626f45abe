package org.yingzai.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.projects.ProjectSteps.FIRST;
import static org.yingzai.projects.ProjectSteps.materialsPath;
import static org.yingzai.projects.ProjectSteps.register;
import static org.yingzai.projects.ProjectSteps.runStageJobs;
import static org.yingzai.projects.ProjectSteps.stage;
import static org.yingzai.projects.ProjectSteps.submitPath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
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
 * Two departments acting on one stage at the same moment, over HTTP: each acceptance and each
 * decision succeeds, the stage's clock takes both in turn, and the stage finishes once.
 */
@WithHall
class StageRacesTest {

  private static final int PROJECTS = 3;

  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  @Test
  void departmentsAcceptingAndDecidingAtOnceNeverFailEachOther() throws Exception {
    StageCatalogueFixture catalogue = new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T09:00:00+08:00");
    Api enterprise = journeys.as(hall.enterprise());
    List<String[]> stages = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      String projectId = register(enterprise, "并发测试项目" + i, "INDUSTRIAL");
      enterprise.put(
          "/api/projects/" + projectId + "/stages/" + FIRST + "/form",
          Map.of("projectName", "并发测试项目" + i));
      for (String material : new String[] {"S01", "S02"}) {
        enterprise.upload(
            materialsPath(projectId, FIRST), material, material + ".pdf", Files.pdf(material));
      }
      String land = null;
      String site = null;
      for (JsonNode a :
          enterprise.post(submitPath(projectId, FIRST), null).body().path("applications")) {
        if (a.path("itemCode").asText().equals(catalogue.landItem)) {
          land = a.path("id").asText();
        } else {
          site = a.path("id").asText();
        }
      }
      stages.add(new String[] {projectId, land, site});
    }

    for (String[] s : stages) {
      atOnce(
          () -> journeys.complete(hall.clerk(), s[1], "ACCEPT", null).status(),
          () -> journeys.complete(hall.outsider(), s[2], "ACCEPT", null).status());
    }
    for (String[] s : stages) {
      JsonNode running = stage(enterprise.get("/api/projects/" + s[0]).body(), FIRST);
      assertThat(running.path("startedOn").asText()).isEqualTo("2026-03-02");
      assertThat(running.path("warningLevel").asText()).isEqualTo("GREEN");
      journeys.complete(hall.reviewer(), s[1], "PASS", null);
      journeys.complete(hall.outsider(), s[2], "PASS", null);
    }
    for (String[] s : stages) {
      atOnce(
          () -> journeys.complete(hall.approver(), s[1], "APPROVE", "同意").status(),
          () -> journeys.complete(hall.outsider(), s[2], "APPROVE", "同意").status());
    }
    for (String[] s : stages) {
      runStageJobs(jdbc, management, s[0], FIRST);
      JsonNode finished = stage(enterprise.get("/api/projects/" + s[0]).body(), FIRST);
      assertThat(finished.path("status").asText()).isEqualTo("FINISHED");
      assertThat(finished.path("outcome").asText()).isEqualTo("APPROVED");
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM audit_record WHERE object_type = 'project' AND object_id = ?"
                      + " AND action = 'STAGE_FINISHED'",
                  Integer.class,
                  s[0]))
          .isEqualTo(1);
    }
  }

  /** Runs both at the same moment; both must answer 200. */
  private static void atOnce(
      java.util.concurrent.Callable<Integer> first, java.util.concurrent.Callable<Integer> second)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a =
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return first.call();
              });
      Future<Integer> b =
          pool.submit(
              () -> {
                start.await(10, TimeUnit.SECONDS);
                return second.call();
              });
      assertThat(a.get(60, TimeUnit.SECONDS)).isEqualTo(200);
      assertThat(b.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }
}
