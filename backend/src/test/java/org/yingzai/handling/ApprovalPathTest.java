package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** The standard approval path over HTTP, as the demo accounts walk it. */
@IntegrationTest
class ApprovalPathTest {

  private static final String PLANNING_ITEM = "GX-PLAN-001";
  private static final String INSTANT_ITEM = "GX-PLAN-002";

  @Autowired TestRestTemplate http;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
    // one fixed working morning, so that a step never straddles midnight
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
  }

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void applicationGoesFromSubmissionThroughSupplementAcceptanceReviewToApproval() {
    Api enterprise = journeys.as("enterprise");
    String id = journeys.draftWithMaterials("enterprise", PLANNING_ITEM);

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

    JsonNode acceptTask = journeys.findTask("clerk", id).orElseThrow();
    assertThat(acceptTask.path("step").asText()).isEqualTo("ACCEPT");
    assertThat(acceptTask.path("applicationNumber").asText()).isEqualTo(number);
    assertThat(acceptTask.path("itemName").asText()).isNotBlank();

    // 一次性告知: the clerk lists what is missing, with the reason
    Api.Response noReason = journeys.complete("clerk", id, "REQUEST_SUPPLEMENT", null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");
    Api.Response supplementRequested =
        journeys
            .as("clerk")
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
            .as("clerk")
            .post(
                "/api/tasks/" + acceptTask.path("id").asText() + "/complete",
                Api.complete("ACCEPT", null));
    assertThat(oldTaskAgain.status()).isEqualTo(409);
    assertThat(oldTaskAgain.code()).isEqualTo("TASK_ALREADY_COMPLETED");

    JsonNode waiting = journeys.application("enterprise", id);
    assertThat(waiting.path("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(waiting.path("supplementRequests").get(0).path("missingMaterials").get(0).asText())
        .isEqualTo("M03");

    Api.Response tooEarly = enterprise.post("/api/applications/" + id + "/supplement", null);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.code()).isEqualTo("SUPPLEMENT_MATERIALS_MISSING");
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

    assertThat(journeys.complete("clerk", id, "ACCEPT", null).text("applicationStatus"))
        .isEqualTo("UNDER_REVIEW");
    assertThat(journeys.findTask("clerk", id)).isEmpty();

    String reviewTask = journeys.taskId("reviewer", id);
    Api.Response claimed =
        journeys.as("reviewer").post("/api/tasks/" + reviewTask + "/claim", null);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(claimed.text("assignee")).isEqualTo("reviewer");
    assertThat(journeys.complete("reviewer", id, "PASS", "符合规划条件").text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");

    assertThat(journeys.complete("approver", id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");

    JsonNode approved = journeys.application("enterprise", id);
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
    assertThat(request.path("actor").asText()).isEqualTo("clerk");
    assertThat(request.path("comment").asText()).contains("总平面图");
    assertThat(approved.path("supplementRequests").get(0).path("answeredAt").asText()).isNotBlank();
  }

  @Test
  void reviewerCanAskForASupplementAndTheApplicationReturnsToReview() {
    String id = journeys.submitted("enterprise", PLANNING_ITEM);
    journeys.complete("clerk", id, "ACCEPT", null);
    Api.Response asked = journeys.requestSupplement("reviewer", id, "土地权属证明已过期", "M04");
    assertThat(asked.text("applicationStatus")).isEqualTo("SUPPLEMENT_REQUESTED");
    JsonNode paused = journeys.application("enterprise", id);
    assertThat(paused.path("clockPaused").asBoolean()).isTrue();
    assertThat(paused.path("clock").path("segments").get(1).path("reason").asText())
        .isEqualTo("SUPPLEMENT");

    Api enterprise = journeys.as("enterprise");
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
    assertThat(journeys.findTask("reviewer", id)).isPresent();
    assertThat(journeys.findTask("clerk", id)).isEmpty();
  }

  @Test
  void clerkCanRefuseToAcceptWithAReason() {
    String id = journeys.submitted("enterprise", PLANNING_ITEM);
    Api.Response refused = journeys.complete("clerk", id, "NOT_ACCEPT", "不属于本部门职权范围");
    assertThat(refused.text("applicationStatus")).isEqualTo("NOT_ACCEPTED");
    assertThat(journeys.application("enterprise", id).path("finishedAt").asText()).isNotBlank();
  }

  @Test
  void deciderCanDenyWithAReason() {
    String id = journeys.submitted("enterprise", PLANNING_ITEM);
    journeys.complete("clerk", id, "ACCEPT", null);
    journeys.complete("reviewer", id, "PASS", null);
    Api.Response noReason = journeys.complete("approver", id, "DENY", " ");
    assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");
    assertThat(journeys.complete("approver", id, "DENY", "容积率超出规划条件").text("applicationStatus"))
        .isEqualTo("DENIED");
  }

  @Test
  void instantItemIsDecidedByTheAcceptingClerkInOneStep() {
    String id = journeys.submitted("enterprise", INSTANT_ITEM);
    Api.Response accept = journeys.complete("clerk", id, "ACCEPT", null);
    assertThat(accept.status()).isEqualTo(400);
    assertThat(accept.code()).isEqualTo("OUTCOME_NOT_ALLOWED");

    Api.Response approved = journeys.complete("clerk", id, "APPROVE", null);
    assertThat(approved.text("applicationStatus")).isEqualTo("APPROVED");
    JsonNode application = journeys.application("enterprise", id);
    assertThat(application.path("acceptedAt").asText()).isNotBlank();
    assertThat(journeys.findTask("reviewer", id)).isEmpty();
    assertThat(journeys.findTask("approver", id)).isEmpty();
  }

  @Test
  void unknownOutcomeIsRefusedWithTheAllowedOnes() {
    String id = journeys.submitted("enterprise", PLANNING_ITEM);
    Api.Response wrong = journeys.complete("clerk", id, "APPROVE", null);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.code()).isEqualTo("OUTCOME_NOT_ALLOWED");
    assertThat(wrong.body().path("detail").asText()).contains("ACCEPT");
    assertThat(journeys.application("enterprise", id).path("status").asText())
        .isEqualTo("SUBMITTED");
  }
}
