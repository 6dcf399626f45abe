package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** Extension of the time limit by a deciding officer (行政许可法 §42). */
@WithHall
class ExtensionTest {

  Hall hall;
  Journeys journeys;

  @Test
  void decidingOfficerExtendsAtReviewAndTheApplicantSeesIt() {
    // accepted on Monday 2 March with 8 working days: due Thursday 12 March
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = accepted();

    EngineTime.at("2026-03-05T11:00:00+08:00");
    Api.Response extended = extend(hall.approver(), id, 3, "涉及重大公共利益，需征求相关部门意见");
    assertThat(extended.status()).as(extended.toString()).isEqualTo(201);
    assertThat(extended.text("step")).isEqualTo("REVIEW");
    assertThat(extended.body().path("days").asInt()).isEqualTo(3);
    assertThat(extended.text("extendedBy")).isEqualTo(hall.approver());
    assertThat(extended.text("extendedAt")).isEqualTo("2026-03-05T11:00:00+08:00");
    assertThat(extended.text("deadline")).isEqualTo("2026-03-17T23:59:59+08:00");
    assertThat(extended.body().path("clock").path("extendedDays").asInt()).isEqualTo(3);

    JsonNode seen = journeys.application(hall.enterprise(), id);
    assertThat(seen.path("deadline").asText()).isEqualTo("2026-03-17T23:59:59+08:00");
    assertThat(seen.path("status").asText()).isEqualTo("UNDER_REVIEW");
    JsonNode segment = seen.path("clock").path("segments").get(1);
    assertThat(segment.path("kind").asText()).isEqualTo("EXTENDED");
    assertThat(segment.path("days").asInt()).isEqualTo(3);
    assertThat(segment.path("startedBy").asText()).isEqualTo(hall.approver());
    assertThat(segment.path("legalBasis").asText()).contains("行政许可法》第四十二条");
    assertThat(segment.path("comment").asText()).isEqualTo("涉及重大公共利益，需征求相关部门意见");
    JsonNode entry = last(seen.path("timeline"));
    assertThat(entry.path("step").asText()).isEqualTo("REVIEW");
    assertThat(entry.path("action").asText()).isEqualTo("EXTENDED");
    assertThat(entry.path("actor").asText()).isEqualTo(hall.approver());
    assertThat(entry.path("days").asInt()).isEqualTo(3);
    assertThat(entry.path("comment").asText()).isEqualTo("涉及重大公共利益，需征求相关部门意见");
    assertThat(journeys.listed(hall.enterprise(), id).orElseThrow().path("deadline").asText())
        .isEqualTo("2026-03-17T23:59:59+08:00");
  }

  @Test
  void extensionsAddUpToTheItemsMaximumAndEachNeedsAReason() {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = accepted();
    journeys.complete(hall.reviewer(), id, "PASS", null);

    Api.Response tooMany = extend(hall.approver(), id, 11, "情况复杂");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.code()).isEqualTo("EXTENSION_EXCEEDS_MAXIMUM");
    Api.Response first = extend(hall.approver(), id, 6, "需补充论证");
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.text("step")).isEqualTo("DECIDE");
    Api.Response beyond = extend(hall.approver(), id, 5, "再延长");
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.code()).isEqualTo("EXTENSION_EXCEEDS_MAXIMUM");
    assertThat(beyond.body().path("detail").asText()).contains("4");

    for (String blank : new String[] {null, "", "  "}) {
      Api.Response noReason = extend(hall.approver(), id, 2, blank);
      assertThat(noReason.status()).isEqualTo(400);
      assertThat(noReason.code()).isEqualTo("EXTENSION_REASON_REQUIRED");
    }
    Api.Response zero = extend(hall.approver(), id, 0, "零天");
    assertThat(zero.status()).isEqualTo(400);
    assertThat(zero.code()).isEqualTo("VALIDATION_FAILED");
    Api.Response noDays =
        journeys
            .as(hall.approver())
            .post("/api/applications/" + id + "/extensions", Map.of("reason", "未写天数"));
    assertThat(noDays.status()).isEqualTo(400);
    assertThat(noDays.code()).isEqualTo("VALIDATION_FAILED");

    Api.Response rest = extend(hall.approver(), id, 4, "专家意见分歧，需再次论证");
    assertThat(rest.status()).isEqualTo(201);
    // 8 + 10 working days after Monday 2 March
    assertThat(rest.text("deadline")).isEqualTo("2026-03-26T23:59:59+08:00");

    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("clock").path("extendedDays").asInt()).isEqualTo(10);
    List<String> extensions = new ArrayList<>();
    application
        .path("timeline")
        .forEach(
            e -> {
              if ("EXTENDED".equals(e.path("action").asText())) {
                extensions.add(e.path("step").asText() + ":" + e.path("days").asInt());
              }
            });
    assertThat(extensions).containsExactly("DECIDE:6", "DECIDE:4");
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).text("applicationStatus"))
        .isEqualTo("APPROVED");
  }

  @Test
  void aPausedApplicationCanBeExtendedAndStaysPaused() {
    String id = accepted();
    journeys.startSpecialProcedure(hall.reviewer(), id, "HEARING", "组织听证");

    Api.Response extended = extend(hall.approver(), id, 5, "听证程序耗时较长");
    assertThat(extended.status()).as(extended.toString()).isEqualTo(201);
    assertThat(extended.text("step")).isEqualTo("REVIEW");
    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("status").asText()).isEqualTo("PAUSED");
    assertThat(application.path("clockPaused").asBoolean()).isTrue();
  }

  @Test
  void onlyADecidingOfficerOfTheDepartmentExtends() {
    String id = accepted();

    for (String role : List.of(hall.enterprise(), hall.supervisor(), hall.admin())) {
      Api.Response refused = extend(role, id, 1, "理由");
      assertThat(refused.status()).as(role).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    for (String clerk : List.of(hall.clerk(), hall.reviewer(), hall.outsider())) {
      Api.Response hidden = extend(clerk, id, 1, "理由");
      assertThat(hidden.status()).as(clerk).isEqualTo(404);
      assertThat(hidden.code()).isEqualTo("APPLICATION_NOT_FOUND");
    }
    assertThat(extend(hall.approver(), "no-such-application", 1, "理由").status()).isEqualTo(404);

    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("clock").path("extendedDays").asInt()).isZero();
    assertThat(application.path("clock").path("segments")).hasSize(1);
  }

  @Test
  void onlyAcceptedUnfinishedApplicationsAtReviewOrDecisionAreExtended() {
    String draft = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    assertThat(extend(hall.approver(), draft, 1, "理由").status()).isEqualTo(404);

    String submitted = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertNotExtendable(submitted, "SUBMITTED");

    String supplementing = accepted();
    journeys.requestSupplement(hall.reviewer(), supplementing, "土地证明已过期", "M04");
    assertNotExtendable(supplementing, "SUPPLEMENT_REQUESTED");
    journeys
        .as(hall.enterprise())
        .upload(
            "/api/applications/" + supplementing + "/materials", "M04", "土地.pdf", Files.pdf("x"));
    journeys.as(hall.enterprise()).post("/api/applications/" + supplementing + "/supplement", null);
    assertThat(extend(hall.approver(), supplementing, 1, "补正后仍需论证").status()).isEqualTo(201);

    String approved = accepted();
    journeys.complete(hall.reviewer(), approved, "PASS", null);
    journeys.complete(hall.approver(), approved, "APPROVE", null);
    assertNotExtendable(approved, "APPROVED");
  }

  private void assertNotExtendable(String id, String status) {
    Api.Response refused = extend(hall.approver(), id, 1, "理由");
    assertThat(refused.status()).as(status).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("APPLICATION_NOT_EXTENDABLE");
    assertThat(refused.body().path("detail").asText()).contains(status);
  }

  private String accepted() {
    return journeys.accepted(hall.enterprise(), hall.committedItem());
  }

  private Api.Response extend(String username, String id, int days, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("days", days);
    if (reason != null) {
      body.put("reason", reason);
    }
    return journeys.as(username).post("/api/applications/" + id + "/extensions", body);
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }
}
