package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The applicant hears of each step it must know of, once, in its inbox: the supplement request with
 * every material it lists, the acceptance, a special procedure's start and end, an extension with
 * its reason, and the decision with its document.
 */
@WithHall
class ProgressNoticesTest {

  Hall hall;
  Journeys journeys;

  private List<JsonNode> notices(String username, String applicationId) {
    List<JsonNode> found = new ArrayList<>();
    JsonNode page = journeys.as(username).get("/api/notifications?size=100").body();
    for (JsonNode notice : page.path("content")) {
      if (applicationId.equals(notice.path("applicationId").asText())) {
        found.add(0, notice); // oldest first
      }
    }
    return found;
  }

  private void ok(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isBetween(200, 201);
  }

  @Test
  void theApplicantIsToldOfEachStepItMustKnowOfOnce() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    ok(journeys.requestSupplement(hall.clerk(), id, "请补交盖章的申请表。", "M01"));
    List<JsonNode> afterRequest = notices(hall.enterprise(), id);
    assertThat(afterRequest).hasSize(1);
    assertThat(afterRequest.get(0).path("kind").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
    String material =
        journeys
            .application(hall.enterprise(), id)
            .path("supplementRequests")
            .get(0)
            .path("materials")
            .get(0)
            .path("name")
            .asText();
    assertThat(afterRequest.get(0).path("body").asText())
        .contains(material)
        .contains("请补交盖章的申请表。")
        .doesNotContain("。。");

    Api enterprise = journeys.as(hall.enterprise());
    ok(
        enterprise.upload(
            "/api/applications/" + id + "/materials", "M01", "申请表.pdf", Files.pdf("盖章")));
    ok(enterprise.post("/api/applications/" + id + "/supplement", null));
    ok(journeys.complete(hall.clerk(), id, "ACCEPT", null));
    ok(journeys.startSpecialProcedure(hall.reviewer(), id, "EXPERT_REVIEW", "组织专家评审"));
    ok(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "专家评审意见：方案可行"));
    ok(
        journeys
            .as(hall.approver())
            .post(
                "/api/applications/" + id + "/extensions",
                Map.of("days", 3, "reason", "需征求相关部门意见")));
    ok(journeys.complete(hall.reviewer(), id, "PASS", null));
    ok(journeys.complete(hall.approver(), id, "APPROVE", null));

    List<JsonNode> told = notices(hall.enterprise(), id);
    assertThat(told)
        .extracting(notice -> notice.path("kind").asText())
        .containsExactly(
            "SUPPLEMENT_REQUESTED",
            "APPLICATION_ACCEPTED",
            "CLOCK_PAUSED",
            "CLOCK_RESUMED",
            "APPLICATION_EXTENDED",
            "APPLICATION_DECIDED");
    assertThat(told.get(2).path("body").asText()).contains("专家评审").contains("组织专家评审");
    assertThat(told.get(4).path("body").asText()).contains("3 个工作日").contains("需征求相关部门意见");
    assertThat(told.get(5).path("body").asText()).contains("我的证照");
    // the clerks are not told what they did themselves
    assertThat(notices(hall.clerk(), id))
        .extracting(notice -> notice.path("kind").asText())
        .doesNotContain("APPLICATION_ACCEPTED", "APPLICATION_DECIDED");
  }
}
