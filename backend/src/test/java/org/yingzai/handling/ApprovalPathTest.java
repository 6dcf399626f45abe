package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** The standard approval path over HTTP, as the hall's enterprise and officers walk it. */
@WithHall
class ApprovalPathTest {

  @Autowired TestRestTemplate http;
  Hall hall;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    // one fixed working morning, so that a step never straddles midnight
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
  }

  @Test
  void applicationGoesFromSubmissionThroughSupplementAcceptanceReviewToApproval() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());

    HttpHeaders idempotent = new HttpHeaders();
    idempotent.set("Idempotency-Key", "submit-" + id);
    Api.Response submitted =
        enterprise.post("/api/applications/" + id + "/submit", null, idempotent);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    assertThat(submitted.text("status")).isEqualTo("SUBMITTED");
    String number = submitted.text("number");
    assertThat(number).matches("YZ\\d{8}\\d{6}");

    HttpHeaders again = new HttpHeaders();
    again.set("Idempotency-Key", "submit-" + id);
    Api.Response repeated = enterprise.post("/api/applications/" + id + "/submit", null, again);
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.text("number")).isEqualTo(number);

    JsonNode acceptTask = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(acceptTask.path("step").asText()).isEqualTo("ACCEPT");
    assertThat(acceptTask.path("applicationNumber").asText()).isEqualTo(number);
    assertThat(acceptTask.path("itemName").asText()).isNotBlank();

    // 一次性告知: the clerk lists what is missing, with the reason
    Api.Response noReason = journeys.complete(hall.clerk(), id, "REQUEST_SUPPLEMENT", null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");
    Api.Response supplementRequested =
        journeys
            .as(hall.clerk())
            .post(
                "/api/tasks/" + acceptTask.path("id").asText() + "/complete",
                Map.of(
                    "outcome", "REQUEST_SUPPLEMENT",
                    "comment", "设计方案缺少总平面图，请补充。",
                    "missingMaterials", List.of("M03")));
    assertThat(supplementRequested.status()).as(supplementRequested.toString()).isEqualTo(200);
    assertThat(supplementRequested.text("applicationStatus")).isEqualTo("SUPPLEMENT_REQUESTED");

    Api.Response oldTaskAgain =
        journeys
            .as(hall.clerk())
            .post(
                "/api/tasks/" + acceptTask.path("id").asText() + "/complete",
                Api.complete("ACCEPT", null));
    assertThat(oldTaskAgain.status()).isEqualTo(409);
    assertThat(oldTaskAgain.code()).isEqualTo("TASK_ALREADY_COMPLETED");

    JsonNode waiting = journeys.application(hall.enterprise(), id);
    assertThat(waiting.path("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(waiting.path("supplementRequests").get(0).path("missingMaterials").get(0).asText())
        .isEqualTo("M03");

    Api.Response tooEarly = enterprise.post("/api/applications/" + id + "/supplement", null);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.code()).isEqualTo("SUPPLEMENT_MATERIALS_MISSING");
    assertThat(tooEarly.body().path("detail").asText()).contains("设计方案").doesNotContain("M03");
    assertThat(
            enterprise
                .upload(
                    "/api/applications/" + id + "/materials",
                    "M03",
                    "总平面图.pdf",
                    Files.pdf("site plan"))
                .status())
        .isEqualTo(201);
    Api.Response supplemented =
        enterprise.post("/api/applications/" + id + "/supplement", Map.of("comment", "已补充总平面图"));
    assertThat(supplemented.status()).as(supplemented.toString()).isEqualTo(200);
    assertThat(supplemented.text("status")).isEqualTo("SUBMITTED");

    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).text("applicationStatus"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();

    String reviewTask = journeys.taskId(hall.reviewer(), id);
    Api.Response claimed =
        journeys.as(hall.reviewer()).post("/api/tasks/" + reviewTask + "/claim", null);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(claimed.text("assignee")).isEqualTo(hall.reviewer());
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", "符合规划条件").text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");

    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");

    JsonNode approved = journeys.application(hall.enterprise(), id);
    assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.path("acceptedAt").asText()).isNotBlank();
    assertThat(approved.path("finishedAt").asText()).isNotBlank();
    // accepted with the promised limit of 8 working days; the clock stopped at the decision
    assertThat(approved.path("deadline").asText()).endsWith("T23:59:59+08:00");
    assertThat(approved.path("clock").path("limit").asInt()).isEqualTo(8);
    assertThat(approved.path("clock").path("finished").asBoolean()).isTrue();
    assertThat(approved.path("warningLevel").asText()).isEqualTo("GREEN");
    List<String> actions = new ArrayList<>();
    approved
        .path("timeline")
        .forEach(e -> actions.add(e.path("step").asText() + ":" + e.path("action").asText()));
    assertThat(actions)
        .containsExactly(
            "SUBMISSION:SUBMITTED",
            "ACCEPT:SUPPLEMENT_REQUESTED",
            "SUPPLEMENT:SUPPLEMENTED",
            "ACCEPT:ACCEPTED",
            "REVIEW:PASSED",
            "DECIDE:APPROVED");
    JsonNode request = approved.path("timeline").get(1);
    assertThat(request.path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(request.path("comment").asText()).contains("总平面图");
    assertThat(approved.path("supplementRequests").get(0).path("answeredAt").asText()).isNotBlank();
  }

  @Test
  void reviewerCanAskForASupplementAndTheApplicationReturnsToReview() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    Api.Response asked = journeys.requestSupplement(hall.reviewer(), id, "土地权属证明已过期", "M04");
    assertThat(asked.text("applicationStatus")).isEqualTo("SUPPLEMENT_REQUESTED");
    JsonNode paused = journeys.application(hall.enterprise(), id);
    assertThat(paused.path("clockPaused").asBoolean()).isTrue();
    assertThat(paused.path("clock").path("segments").get(1).path("reason").asText())
        .isEqualTo("SUPPLEMENT");

    Api enterprise = journeys.as(hall.enterprise());
    enterprise.upload("/api/applications/" + id + "/materials", "M04", "土地证.pdf", Files.pdf("new"));
    Api.Response answered = enterprise.post("/api/applications/" + id + "/supplement", null);
    assertThat(answered.text("status")).isEqualTo("UNDER_REVIEW");
    assertThat(answered.body().path("clockPaused").asBoolean()).isFalse();
    List<String> kinds = new ArrayList<>();
    answered
        .body()
        .path("clock")
        .path("segments")
        .forEach(seg -> kinds.add(seg.path("kind").asText()));
    assertThat(kinds).containsExactly("RUNNING", "PAUSED", "RUNNING");
    assertThat(journeys.findTask(hall.reviewer(), id)).isPresent();
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
  }

  @Test
  void clerkCanRefuseToAcceptWithAReason() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response refused = journeys.complete(hall.clerk(), id, "NOT_ACCEPT", "不属于本部门职权范围");
    assertThat(refused.text("applicationStatus")).isEqualTo("NOT_ACCEPTED");
    assertThat(journeys.application(hall.enterprise(), id).path("finishedAt").asText())
        .isNotBlank();
  }

  @Test
  void deciderCanDenyWithAReason() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    journeys.complete(hall.reviewer(), id, "PASS", null);
    Api.Response noReason = journeys.complete(hall.approver(), id, "DENY", " ");
    assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");
    assertThat(
            journeys.complete(hall.approver(), id, "DENY", "容积率超出规划条件").text("applicationStatus"))
        .isEqualTo("DENIED");
  }

  @Test
  void instantItemIsDecidedByTheAcceptingClerkInOneStep() {
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    Api.Response accept = journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(accept.status()).isEqualTo(400);
    assertThat(accept.code()).isEqualTo("OUTCOME_NOT_ALLOWED");

    Api.Response approved = journeys.complete(hall.clerk(), id, "APPROVE", null);
    assertThat(approved.text("applicationStatus")).isEqualTo("APPROVED");
    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("acceptedAt").asText()).isNotBlank();
    assertThat(journeys.findTask(hall.reviewer(), id)).isEmpty();
    assertThat(journeys.findTask(hall.approver(), id)).isEmpty();
  }

  @Test
  void unknownOutcomeIsRefusedWithTheAllowedOnes() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response wrong = journeys.complete(hall.clerk(), id, "APPROVE", null);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.code()).isEqualTo("OUTCOME_NOT_ALLOWED");
    assertThat(wrong.body().path("detail").asText()).contains("ACCEPT");
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");
  }
}
