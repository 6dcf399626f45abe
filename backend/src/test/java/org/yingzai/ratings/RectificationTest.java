package org.yingzai.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.yingzai.processes.Rectification;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * A bad rating opens a rectification (国办发〔2019〕51号): the department's window clerks call back
 * within 1 working day and rectify within 15, each on its step timers, and the applicant, answered
 * in writing, may rate once more.
 */
@WithHall
class RectificationTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  Hall hall;
  Journeys journeys;

  @Test
  void aBadRatingIsCalledBackAndRectifiedOnTheClockAndThenRatedAgain() {
    // approved and rated on Monday 7 December: call-back due Tuesday 8, rectification due
    // Monday 28 December (15 working days)
    EngineTime.at("2026-12-07T09:00:00+08:00");
    String id = approved();
    EngineTime.at("2026-12-07T10:00:00+08:00");
    Api.Response rated = rate(id, Map.of("level", "DISSATISFIED", "comment", "窗口答复不清楚"));
    assertThat(rated.status()).as(rated.toString()).isEqualTo(201);

    JsonNode opened = onlyRectification(hall.clerk(), id);
    assertThat(opened.path("status").asText()).isEqualTo("OPEN");
    assertThat(opened.path("rating").path("level").asText()).isEqualTo("DISSATISFIED");
    assertThat(opened.path("rating").path("comment").asText()).isEqualTo("窗口答复不清楚");
    assertThat(opened.path("callbackDeadline").asText()).isEqualTo("2026-12-08T23:59:59+08:00");
    assertThat(opened.path("deadline").asText()).isEqualTo("2026-12-28T23:59:59+08:00");
    assertThat(opened.path("warningLevel").asText()).isEqualTo("GREEN");
    assertThat(rate(id, Map.of("level", "SATISFIED")).code()).isEqualTo("RATING_EXISTS");
    assertThat(queueSteps(hall.clerk(), id)).containsExactlyInAnyOrder("CALL_BACK", "RECTIFY");

    // the call-back's last day, then the day after it: YELLOW and RED by the step timers
    EngineTime.at("2026-12-08T00:00:01+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);
    assertThat(rectification(id).path("callbackLevel").asText()).isEqualTo("YELLOW");
    EngineTime.at("2026-12-09T00:00:01+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);
    JsonNode late = rectification(id);
    assertThat(late.path("callbackLevel").asText()).isEqualTo("RED");
    assertThat(late.path("rectifyLevel").asText()).isEqualTo("GREEN");
    assertThat(late.path("warningLevel").asText()).isEqualTo("RED");

    Api.Response tooEarly = completeStep(id, "RECTIFY", "RECTIFIED", "已整改");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.code()).isEqualTo("CALL_BACK_FIRST");
    Api.Response noNote = completeStep(id, "CALL_BACK", "CALLED_BACK", null);
    assertThat(noNote.code()).isEqualTo("COMMENT_REQUIRED");

    EngineTime.at("2026-12-09T10:00:00+08:00");
    Api.Response calledBack = completeStep(id, "CALL_BACK", "CALLED_BACK", "已电话回访申请人，说明了补正要求");
    assertThat(calledBack.status()).as(calledBack.toString()).isEqualTo(200);
    JsonNode afterCall = rectification(id);
    assertThat(afterCall.path("status").asText()).isEqualTo("CALLED_BACK");
    assertThat(afterCall.path("calledBackBy").asText()).isEqualTo(hall.clerk());
    assertThat(afterCall.path("callbackNote").asText()).isEqualTo("已电话回访申请人，说明了补正要求");
    // a call-back after its day stays late
    assertThat(afterCall.path("callbackLevel").asText()).isEqualTo("RED");

    // three working days left of fifteen: YELLOW
    EngineTime.at("2026-12-24T00:00:01+08:00");
    assertThat(runDueTimers(id)).isEqualTo(1);
    assertThat(rectification(id).path("rectifyLevel").asText()).isEqualTo("YELLOW");

    EngineTime.at("2026-12-24T15:00:00+08:00");
    Api.Response answered = completeStep(id, "RECTIFY", "RECTIFIED", "已对窗口人员进行培训，并书面说明办理要求");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonNode done = rectification(id);
    assertThat(done.path("status").asText()).isEqualTo("ANSWERED");
    assertThat(done.path("handling").asText()).isEqualTo("已对窗口人员进行培训，并书面说明办理要求");
    assertThat(done.path("answeredAt").asText()).isEqualTo("2026-12-24T15:00:00+08:00");
    // answered in time; the call-back was not
    assertThat(done.path("rectifyLevel").asText()).isEqualTo("GREEN");
    assertThat(done.path("warningLevel").asText()).isEqualTo("RED");
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
    assertThat(processEnded(id)).isTrue();

    JsonNode application = journeys.application(hall.enterprise(), id);
    List<String> timeline = new ArrayList<>();
    application
        .path("timeline")
        .forEach(e -> timeline.add(e.path("step").asText() + ":" + e.path("action").asText()));
    assertThat(timeline).endsWith("CALL_BACK:CALLED_BACK", "RECTIFY:RECTIFIED");
    assertThat(answerNotices(id))
        .singleElement()
        .satisfies(body -> assertThat(body).contains("已对窗口人员进行培训"));

    Api.Response again = rate(id, Map.of("level", "VERY_DISSATISFIED", "comment", "仍不满意"));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    assertThat(again.body().path("round").asInt()).isEqualTo(2);
    assertThat(rate(id, Map.of("level", "VERY_SATISFIED")).code()).isEqualTo("RATING_EXISTS");
    assertThat(journeys.as(hall.enterprise()).get("/api/applications/" + id + "/ratings").body())
        .extracting(r -> r.path("level").asText())
        .containsExactly("DISSATISFIED", "VERY_DISSATISFIED");
    assertThat(rectification(id).path("secondRating").asText()).isEqualTo("VERY_DISSATISFIED");
    // a bad second rating opens nothing more
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
        .isZero();
  }

  @Test
  void aGoodRatingOpensNoRectificationAndCannotBeRepeated() {
    String id = approved();
    assertThat(rate(id, Map.of("level", "BASIC")).status()).isEqualTo(201);

    assertThat(
            journeys.as(hall.enterprise()).get("/api/applications/" + id + "/rectification").code())
        .isEqualTo("RECTIFICATION_NOT_FOUND");
    assertThat(queueSteps(hall.clerk(), id)).isEmpty();
    assertThat(rate(id, Map.of("level", "SATISFIED")).code()).isEqualTo("RATING_EXISTS");
  }

  @Test
  void theDepartmentsClerksAndSupervisorsSeeRectificationsAndNobodyElse() throws Exception {
    String id = approved();
    assertThat(rate(id, Map.of("level", "VERY_DISSATISFIED")).status()).isEqualTo(201);
    long rectification = onlyRectification(hall.clerk(), id).path("id").asLong();

    Api.Response outsiders = journeys.as(hall.outsider()).get("/api/rectifications?size=100");
    assertThat(outsiders.status()).isEqualTo(200);
    assertThat(outsiders.body().path("content").findValuesAsText("applicationId"))
        .doesNotContain(id);
    assertThat(journeys.as(hall.outsider()).get("/api/rectifications/" + rectification).status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.enterprise()).get("/api/rectifications").status()).isEqualTo(403);
    assertThat(
            journeys
                .as(hall.otherEnterprise())
                .get("/api/applications/" + id + "/rectification")
                .status())
        .isEqualTo(404);

    Api.Response open =
        journeys
            .as(hall.supervisor())
            .get("/api/rectifications?open=true&size=100&department=" + hall.department());
    assertThat(open.body().path("content").findValuesAsText("applicationId")).contains(id);
    Api.Response answered =
        journeys
            .as(hall.supervisor())
            .get("/api/rectifications?status=ANSWERED&size=100&department=" + hall.department());
    assertThat(answered.body().path("content").findValuesAsText("applicationId"))
        .doesNotContain(id);
    assertThat(journeys.as(hall.supervisor()).get("/api/rectifications/" + rectification).status())
        .isEqualTo(200);
    ResponseEntity<byte[]> workbook =
        journeys
            .http(hall.supervisor())
            .exchange(
                "/api/rectifications.xlsx?open=true&department=" + hall.department(),
                HttpMethod.GET,
                null,
                byte[].class);
    assertThat(workbook.getStatusCode().value()).isEqualTo(200);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.getBody()))) {
      assertThat(read.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(journeys.application(hall.supervisor(), id).path("number").asText());
      assertThat(read.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("VERY_DISSATISFIED");
    }
    assertThat(
            journeys
                .as(hall.enterprise())
                .get("/api/applications/" + id + "/rectification")
                .text("status"))
        .isEqualTo("OPEN");
  }

  @Test
  void theClerkWorksTheRectificationFromTheWorkbenchAndTheEnterpriseReadsItOnItsPage() {
    String id = approved();
    WebSession enterprise = journeys.web(hall.enterprise());
    assertThat(enterprise.get("/my/applications/" + id).status()).isEqualTo(200);
    assertThat(
            enterprise
                .post(
                    "/my/applications/" + id + "/rating",
                    Map.of("level", "DISSATISFIED", "comment", "等待太久"))
                .status())
        .isEqualTo(302);
    assertThat(enterprise.htmx("/my/applications/" + id + "/rating").html())
        .contains("差评整改")
        .contains("待回访")
        .contains("回访期限")
        .doesNotContain("<form");

    WebSession clerk = journeys.web(hall.clerk());
    String number = journeys.application(hall.clerk(), id).path("number").asText();
    assertThat(clerk.get("/workbench?step=CALL_BACK").html()).contains(number);
    String callBack = taskOf(id, "CALL_BACK");
    assertThat(clerk.get("/workbench/tasks/" + callBack).html())
        .contains("/workbench/applications/" + id + "/rectification")
        .contains("已回访");
    assertThat(clerk.htmx("/workbench/applications/" + id + "/rectification").html())
        .contains("等待太久")
        .contains("整改期限");
    WebSession.Page called =
        clerk.post(
            "/workbench/tasks/" + callBack + "/complete",
            Map.of("outcome", "CALLED_BACK", "comment", "已回访"));
    assertThat(called.status()).isEqualTo(302);
    WebSession.Page answered =
        clerk.post(
            "/workbench/tasks/" + taskOf(id, "RECTIFY") + "/complete",
            Map.of("outcome", "RECTIFIED", "comment", "已优化叫号流程"));
    assertThat(answered.status()).isEqualTo(302);

    assertThat(enterprise.htmx("/my/applications/" + id + "/rating").html())
        .contains("已优化叫号流程")
        .contains("已答复")
        .contains("<form");
  }

  private String taskOf(String id, String step) {
    String number = journeys.application(hall.clerk(), id).path("number").asText();
    JsonNode tasks =
        journeys
            .as(hall.clerk())
            .get("/api/tasks?size=100&step=" + step + "&number=" + number)
            .body()
            .path("content");
    assertThat(tasks).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private String approved() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).status()).isEqualTo(200);
    return id;
  }

  private Api.Response rate(String id, Object body) {
    return journeys.as(hall.enterprise()).post("/api/applications/" + id + "/ratings", body);
  }

  private JsonNode onlyRectification(String clerk, String id) {
    Api.Response list = journeys.as(clerk).get("/api/rectifications?size=100");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<JsonNode> mine = new ArrayList<>();
    list.body()
        .path("content")
        .forEach(
            r -> {
              if (id.equals(r.path("applicationId").asText())) {
                mine.add(r);
              }
            });
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  private JsonNode rectification(String id) {
    Api.Response one = journeys.as(hall.clerk()).get("/api/applications/" + id + "/rectification");
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    return one.body();
  }

  private List<String> queueSteps(String clerk, String id) {
    List<String> steps = new ArrayList<>();
    journeys
        .as(clerk)
        .get(
            "/api/tasks?size=100&number=" + journeys.application(clerk, id).path("number").asText())
        .body()
        .path("content")
        .forEach(t -> steps.add(t.path("step").asText()));
    return steps;
  }

  private Api.Response completeStep(String id, String step, String outcome, String comment) {
    Api clerk = journeys.as(hall.clerk());
    String number = journeys.application(hall.clerk(), id).path("number").asText();
    JsonNode tasks = clerk.get("/api/tasks?size=100&step=" + step + "&number=" + number).body();
    assertThat(tasks.path("content")).hasSize(1);
    return clerk.post(
        "/api/tasks/" + tasks.path("content").get(0).path("id").asText() + "/complete",
        Api.complete(outcome, comment));
  }

  // the rectification's step timers due by the engine's clock, one at a time as the job executor
  private int runDueTimers(String id) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(Rectification.PROCESS_KEY)
            .processInstanceBusinessKey(id)
            .singleResult()
            .getId();
    int ran = 0;
    List<Job> due;
    while (!(due =
            management.createJobQuery().processInstanceId(instance).timers().executable().list())
        .isEmpty()) {
      management.executeJob(due.get(0).getId());
      ran++;
    }
    return ran;
  }

  private boolean processEnded(String id) {
    return runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(Rectification.PROCESS_KEY)
            .processInstanceBusinessKey(id)
            .count()
        == 0;
  }

  private List<String> answerNotices(String id) {
    List<String> bodies = new ArrayList<>();
    journeys
        .as(hall.enterprise())
        .get("/api/notifications?size=100")
        .body()
        .path("content")
        .forEach(
            n -> {
              if (id.equals(n.path("applicationId").asText())
                  && "RECTIFICATION_ANSWERED".equals(n.path("kind").asText())) {
                bodies.add(n.path("body").asText());
              }
            });
    return bodies;
  }
}
