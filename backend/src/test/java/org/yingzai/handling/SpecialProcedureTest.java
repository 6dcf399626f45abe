package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** Special procedures at review (行政许可法 §45): the clock pauses until the result is recorded. */
@WithHall
class SpecialProcedureTest {

  Hall hall;
  Journeys journeys;

  @Test
  void reviewerPausesTheClockForAProcedureAndTheResultResumesIt() {
    // accepted on Monday 2 March with 8 working days: due Thursday 12 March
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = accepted();
    assertThat(journeys.application(hall.enterprise(), id).path("deadline").asText())
        .isEqualTo("2026-03-12T23:59:59+08:00");

    EngineTime.at("2026-03-04T10:00:00+08:00");
    Api.Response started = start(hall.reviewer(), id, "EXPERT_REVIEW", "组织专家对设计方案进行评审");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.text("applicationStatus")).isEqualTo("PAUSED");
    assertThat(started.text("step")).isEqualTo("REVIEW");

    JsonNode paused = journeys.application(hall.enterprise(), id);
    assertThat(paused.path("status").asText()).isEqualTo("PAUSED");
    assertThat(paused.path("clockPaused").asBoolean()).isTrue();
    JsonNode pause = paused.path("clock").path("segments").get(1);
    assertThat(pause.path("kind").asText()).isEqualTo("PAUSED");
    assertThat(pause.path("reason").asText()).isEqualTo("EXPERT_REVIEW");
    assertThat(pause.path("startedBy").asText()).isEqualTo(hall.reviewer());
    assertThat(pause.path("legalBasis").asText()).contains("行政许可法》第四十五条");
    assertThat(pause.path("comment").asText()).isEqualTo("组织专家对设计方案进行评审");
    JsonNode listedPaused = journeys.listed(hall.clerk(), id).orElseThrow();
    assertThat(listedPaused.path("status").asText()).isEqualTo("PAUSED");
    assertThat(listedPaused.path("clockPaused").asBoolean()).isTrue();

    // the procedure waits in the reviewers' queue as a REVIEW task that can only be finished
    JsonNode task = journeys.findTask(hall.reviewer(), id).orElseThrow();
    assertThat(task.path("step").asText()).isEqualTo("REVIEW");
    String taskId = task.path("id").asText();
    Api reviewer = journeys.as(hall.reviewer());
    Api.Response pass =
        reviewer.post("/api/tasks/" + taskId + "/complete", Api.complete("PASS", null));
    assertThat(pass.status()).isEqualTo(400);
    assertThat(pass.code()).isEqualTo("OUTCOME_NOT_ALLOWED");
    assertThat(pass.body().path("detail").asText()).contains("PROCEDURE_FINISHED");
    Api.Response noResult =
        reviewer.post(
            "/api/tasks/" + taskId + "/complete", Api.complete("PROCEDURE_FINISHED", " "));
    assertThat(noResult.status()).isEqualTo(400);
    assertThat(noResult.code()).isEqualTo("COMMENT_REQUIRED");

    // finished on Monday 9 March: 4, 5 and 6 March are not counted
    EngineTime.at("2026-03-09T15:00:00+08:00");
    Api.Response finished =
        reviewer.post(
            "/api/tasks/" + taskId + "/complete",
            Api.complete("PROCEDURE_FINISHED", "专家评审意见：方案可行"));
    assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
    assertThat(finished.text("applicationStatus")).isEqualTo("UNDER_REVIEW");

    JsonNode resumed = journeys.application(hall.enterprise(), id);
    assertThat(resumed.path("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(resumed.path("clockPaused").asBoolean()).isFalse();
    assertThat(resumed.path("deadline").asText()).isEqualTo("2026-03-17T23:59:59+08:00");
    assertThat(kinds(resumed)).containsExactly("RUNNING", "PAUSED", "RUNNING");
    JsonNode running = resumed.path("clock").path("segments").get(2);
    assertThat(running.path("legalBasis").asText()).contains("第四十五条");
    assertThat(resumed.path("clock").path("segments").get(1).path("endedBy").asText())
        .isEqualTo(hall.reviewer());
    JsonNode listed = journeys.listed(hall.clerk(), id).orElseThrow();
    assertThat(listed.path("deadline").asText()).isEqualTo("2026-03-17T23:59:59+08:00");
    assertThat(listed.path("clockPaused").asBoolean()).isFalse();

    assertThat(timeline(resumed))
        .containsExactly(
            "SUBMISSION:SUBMITTED:-",
            "ACCEPT:ACCEPTED:-",
            "REVIEW:SPECIAL_PROCEDURE_STARTED:EXPERT_REVIEW",
            "REVIEW:SPECIAL_PROCEDURE_FINISHED:EXPERT_REVIEW");
    JsonNode result = resumed.path("timeline").get(3);
    assertThat(result.path("actor").asText()).isEqualTo(hall.reviewer());
    assertThat(result.path("comment").asText()).isEqualTo("专家评审意见：方案可行");

    // back at review with an ordinary task
    String reviewAgain = journeys.taskId(hall.reviewer(), id);
    assertThat(reviewAgain).isNotEqualTo(taskId);
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).text("applicationStatus"))
        .isEqualTo("AWAITING_DECISION");
  }

  @Test
  void everyRoundIsKept() {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = accepted();

    for (String procedure : List.of("HEARING", "PUBLIC_NOTICE")) {
      assertThat(start(hall.reviewer(), id, procedure, "需要" + procedure).status()).isEqualTo(200);
      assertThat(
              journeys
                  .complete(hall.reviewer(), id, "PROCEDURE_FINISHED", procedure + " 已结束")
                  .text("applicationStatus"))
          .isEqualTo("UNDER_REVIEW");
    }
    journeys.complete(hall.reviewer(), id, "PASS", null);

    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(timeline(application))
        .containsExactly(
            "SUBMISSION:SUBMITTED:-",
            "ACCEPT:ACCEPTED:-",
            "REVIEW:SPECIAL_PROCEDURE_STARTED:HEARING",
            "REVIEW:SPECIAL_PROCEDURE_FINISHED:HEARING",
            "REVIEW:SPECIAL_PROCEDURE_STARTED:PUBLIC_NOTICE",
            "REVIEW:SPECIAL_PROCEDURE_FINISHED:PUBLIC_NOTICE",
            "REVIEW:PASSED:-");
    List<String> reasons = new ArrayList<>();
    application
        .path("clock")
        .path("segments")
        .forEach(s -> reasons.add(s.path("kind").asText() + ":" + s.path("reason").asText("-")));
    assertThat(reasons)
        .containsExactly(
            "RUNNING:-", "PAUSED:HEARING", "RUNNING:-", "PAUSED:PUBLIC_NOTICE", "RUNNING:-");
  }

  @Test
  void theProcedureIsRequiredAndMustBeOneOfTheLaw() {
    String id = accepted();

    Api.Response missing = start(hall.reviewer(), id, null, "需要听证");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("PROCEDURE_REQUIRED");
    assertThat(missing.body().path("detail").asText()).contains("EXPERT_REVIEW");
    for (String invalid : List.of("SUPPLEMENT", "expert_review", "NAP")) {
      Api.Response refused = start(hall.reviewer(), id, invalid, "需要");
      assertThat(refused.status()).as(invalid).isEqualTo(400);
      assertThat(refused.code()).as(invalid).isEqualTo("PROCEDURE_INVALID");
    }
    Api.Response noReason = start(hall.reviewer(), id, "HEARING", null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.code()).isEqualTo("COMMENT_REQUIRED");

    JsonNode unchanged = journeys.application(hall.enterprise(), id);
    assertThat(unchanged.path("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(unchanged.path("clockPaused").asBoolean()).isFalse();
    assertThat(kinds(unchanged)).containsExactly("RUNNING");
    assertThat(journeys.findTask(hall.reviewer(), id)).isPresent();
  }

  @Test
  void onlyTheDepartmentsReviewersFinishTheProcedure() {
    String id = accepted();
    start(hall.reviewer(), id, "INSPECTION", "现场核查");
    String task = journeys.taskId(hall.reviewer(), id);

    for (String other : List.of(hall.clerk(), hall.approver(), hall.outsider())) {
      Api.Response refused =
          journeys
              .as(other)
              .post("/api/tasks/" + task + "/complete", Api.complete("PROCEDURE_FINISHED", "核查完毕"));
      assertThat(refused.status()).as(other).isEqualTo(404);
      assertThat(refused.code()).isEqualTo("TASK_NOT_FOUND");
      assertThat(journeys.findTask(other, id)).as(other).isEmpty();
    }
    Api.Response enterprise =
        journeys
            .as(hall.enterprise())
            .post("/api/tasks/" + task + "/complete", Api.complete("PROCEDURE_FINISHED", "完毕"));
    assertThat(enterprise.status()).isEqualTo(403);
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("PAUSED");

    assertThat(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "核查完毕").status())
        .isEqualTo(200);
  }

  @Test
  void aSpecialProcedureIsNotAnOutcomeOfAcceptanceOrDecision() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response atAccept = start(hall.clerk(), id, "HEARING", "听证");
    assertThat(atAccept.status()).isEqualTo(400);
    assertThat(atAccept.code()).isEqualTo("OUTCOME_NOT_ALLOWED");

    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    journeys.complete(hall.reviewer(), id, "PASS", null);
    Api.Response atDecision = start(hall.approver(), id, "HEARING", "听证");
    assertThat(atDecision.status()).isEqualTo(400);
    assertThat(atDecision.code()).isEqualTo("OUTCOME_NOT_ALLOWED");
  }

  private String accepted() {
    return journeys.accepted(hall.enterprise(), hall.committedItem());
  }

  private Api.Response start(String username, String id, String procedure, String comment) {
    return journeys.startSpecialProcedure(username, id, procedure, comment);
  }

  private static List<String> kinds(JsonNode application) {
    List<String> kinds = new ArrayList<>();
    application.path("clock").path("segments").forEach(s -> kinds.add(s.path("kind").asText()));
    return kinds;
  }

  private static List<String> timeline(JsonNode application) {
    List<String> entries = new ArrayList<>();
    application
        .path("timeline")
        .forEach(
            e ->
                entries.add(
                    e.path("step").asText()
                        + ":"
                        + e.path("action").asText()
                        + ":"
                        + e.path("procedure").asText("-")));
    return entries;
  }
}
