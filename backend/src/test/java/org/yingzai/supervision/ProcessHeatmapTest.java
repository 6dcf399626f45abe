package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** The process heatmap over HTTP, from tasks the test takes along the approval path itself. */
@WithHall
class ProcessHeatmapTest {

  Hall hall;
  Journeys journeys;

  /**
   * Three applications of the hall's department, submitted on the morning of 2 March 2026: A
   * accepted after 3 hours and sent back for a supplement by review 2 hours later, B accepted after
   * 24 hours and waiting at review, C of another item waiting at acceptance.
   */
  static Map<String, String> journey(Hall hall, Journeys journeys) {
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    String a = journeys.submitted(hall.enterprise(), hall.committedItem());
    String b = journeys.submitted(hall.enterprise(), hall.committedItem());
    String c = journeys.submitted(hall.enterprise(), hall.permitItem());
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 13, 0));
    assertThat(journeys.complete(hall.clerk(), a, "ACCEPT", null).status()).isEqualTo(200);
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 15, 0));
    Api.Response supplement = journeys.requestSupplement(hall.reviewer(), a, "请补充设计方案", "M03");
    assertThat(supplement.status()).as(supplement.toString()).isEqualTo(200);
    EngineTime.at(LocalDateTime.of(2026, 3, 3, 10, 0));
    assertThat(journeys.complete(hall.clerk(), b, "ACCEPT", null).status()).isEqualTo(200);
    Map<String, String> ids = new HashMap<>();
    ids.put("A", a);
    ids.put("B", b);
    ids.put("C", c);
    return ids;
  }

  private JsonNode heatmap(String query) {
    Api.Response response =
        journeys.as(hall.supervisor()).get("/api/supervision/process-heatmap" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode task(JsonNode heatmap, String key) {
    for (JsonNode task : heatmap.path("tasks")) {
      if (task.path("key").asText().equals(key)) {
        return task;
      }
    }
    throw new AssertionError("no task " + key + " in " + heatmap);
  }

  private static JsonNode flow(JsonNode heatmap, String id) {
    for (JsonNode flow : heatmap.path("flows")) {
      if (flow.path("id").asText().equals(id)) {
        return flow;
      }
    }
    throw new AssertionError("no flow " + id + " in " + heatmap);
  }

  @Test
  void tasksShowTheWorkWaitingNowTheTimeFinishedTasksTookAndTheFlowsTheyTook() {
    Map<String, String> ids = journey(hall, journeys);
    String department = "?department=" + hall.department();

    // a whole month: read from the month's rows
    JsonNode march = heatmap(department + "&from=2026-03-01&to=2026-03-31");
    assertThat(march.path("processKey").asText()).isEqualTo("standard-approval");
    assertThat(task(march, "accept").path("waiting").asLong()).isEqualTo(1);
    assertThat(task(march, "accept").path("finished").asLong()).isEqualTo(2);
    // 3 hours and 24 hours: the classes [3, 4) and [24, 26.4)
    assertThat(task(march, "accept").path("medianHours").asDouble()).isEqualTo(4.0);
    assertThat(task(march, "accept").path("p90Hours").asDouble()).isEqualTo(26.4);
    assertThat(task(march, "review").path("waiting").asLong()).isEqualTo(1);
    assertThat(task(march, "review").path("finished").asLong()).isEqualTo(1);
    assertThat(task(march, "review").path("medianHours").asDouble()).isEqualTo(3.0);
    assertThat(task(march, "supplementDuringReview").path("waiting").asLong()).isEqualTo(1);
    assertThat(task(march, "decide").path("waiting").asLong()).isZero();
    assertThat(task(march, "decide").hasNonNull("medianHours")).isFalse();
    assertThat(flow(march, "flowAcceptToOutcome").path("taken").asLong()).isEqualTo(2);
    assertThat(flow(march, "flowAccepted").path("taken").asLong()).isEqualTo(2);
    assertThat(flow(march, "flowNotAccepted").path("taken").asLong()).isZero();
    assertThat(flow(march, "flowSupplementRequestedDuringReview").path("taken").asLong())
        .isEqualTo(1);
    assertThat(flow(march, "flowReviewPassed").path("taken").asLong()).isZero();
    assertThat(flow(march, "flowSubmittedToAccept").hasNonNull("taken")).isFalse();

    // one day: read from the day's rows
    JsonNode second = heatmap(department + "&from=2026-03-02&to=2026-03-02");
    assertThat(task(second, "accept").path("finished").asLong()).isEqualTo(1);
    assertThat(task(second, "accept").path("p90Hours").asDouble()).isEqualTo(4.0);
    assertThat(flow(second, "flowSupplementRequestedDuringReview").path("taken").asLong())
        .isEqualTo(1);
    JsonNode fourth = heatmap(department + "&from=2026-03-04&to=2026-04-30");
    assertThat(task(fourth, "accept").path("finished").asLong()).isZero();
    assertThat(task(fourth, "accept").path("waiting").asLong()).isEqualTo(1);

    // one item: C is of another
    JsonNode committed =
        heatmap("?item=" + hall.committedItem() + "&from=2026-03-01&to=2026-03-31");
    assertThat(task(committed, "accept").path("waiting").asLong()).isZero();
    assertThat(task(committed, "accept").path("finished").asLong()).isEqualTo(2);
    assertThat(task(committed, "review").path("waiting").asLong()).isEqualTo(1);
    JsonNode permit = heatmap("?item=" + hall.permitItem() + "&from=2026-03-01&to=2026-03-31");
    assertThat(task(permit, "accept").path("waiting").asLong()).isEqualTo(1);
    assertThat(task(permit, "accept").path("finished").asLong()).isZero();

    // the period defaults to the last 90 days, today (the engine's) included
    JsonNode recent = heatmap(department);
    assertThat(recent.path("from").asText()).isEqualTo("2025-12-04");
    assertThat(recent.path("to").asText()).isEqualTo("2026-03-03");
    assertThat(task(recent, "accept").path("finished").asLong()).isEqualTo(2);

    Api.Response waiting =
        journeys
            .as(hall.supervisor())
            .get("/api/supervision/process-heatmap/tasks/review/waiting" + department);
    assertThat(waiting.status()).isEqualTo(200);
    assertThat(waiting.body().path("totalElements").asLong()).isEqualTo(1);
    JsonNode row = waiting.body().path("content").get(0);
    assertThat(row.path("id").asText()).isEqualTo(ids.get("B"));
    assertThat(row.path("number").asText()).startsWith("YZ");
    assertThat(row.path("itemCode").asText()).isEqualTo(hall.committedItem());
    assertThat(row.path("departmentName").asText()).isEqualTo(hall.departmentName());
    assertThat(row.path("waitingSince").asText()).startsWith("2026-03-03T10:00");
    assertThat(row.path("warningLevel").asText()).isEqualTo("GREEN");
  }

  @Test
  void badFiltersAreRefusedWithTheirCodesAndOnlySupervisorsMayAsk() {
    Api supervisor = journeys.as(hall.supervisor());
    Api.Response backwards =
        supervisor.get("/api/supervision/process-heatmap?from=2026-05-02&to=2026-05-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.code()).isEqualTo("PERIOD_INVALID");
    Api.Response notADay = supervisor.get("/api/supervision/process-heatmap?from=2026-05");
    assertThat(notADay.status()).isEqualTo(400);
    assertThat(notADay.code()).isEqualTo("PARAMETER_INVALID");
    Api.Response department = supervisor.get("/api/supervision/process-heatmap?department=nowhere");
    assertThat(department.status()).isEqualTo(400);
    assertThat(department.code()).isEqualTo("DEPARTMENT_UNKNOWN");
    Api.Response item = supervisor.get("/api/supervision/process-heatmap?item=NO-SUCH-ITEM");
    assertThat(item.status()).isEqualTo(400);
    assertThat(item.code()).isEqualTo("ITEM_UNKNOWN");
    Api.Response task = supervisor.get("/api/supervision/process-heatmap/tasks/nowhere/waiting");
    assertThat(task.status()).isEqualTo(404);
    assertThat(task.code()).isEqualTo("PROCESS_TASK_NOT_FOUND");
    assertThat(journeys.as(hall.clerk()).get("/api/supervision/process-heatmap").status())
        .isEqualTo(403);
  }
}
