package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The clerk's work queue and task page over plain HTTP. */
@WithHall
class WorkbenchPageTest {

  Hall hall;
  Journeys journeys;

  private String number(String applicationId) {
    return journeys.application(hall.enterprise(), applicationId).path("number").asText();
  }

  @Test
  void theQueueListsTheClerksWorkAndHidesAnotherDepartments() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = number(id);

    WebSession.Page mine = journeys.web(hall.clerk()).get("/workbench?number=" + number);
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.html())
        .contains(number, "待签收")
        .containsPattern("<tr id=\"task-[^\"]+\" class=\"row--(GREEN|YELLOW|RED)\">")
        .containsPattern("class=\"tag tag--(GREEN|YELLOW|RED)\">(正常|黄色预警|红色预警)<");

    WebSession.Page theirs = journeys.web(hall.outsider()).get("/workbench?number=" + number);
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.html()).doesNotContain(">" + number + "<").contains("没有符合筛选条件的待办");
  }

  @Test
  void filtersAreAppliedAndRememberedUntilCleared() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = number(id);
    WebSession clerk = journeys.web(hall.clerk());

    assertThat(clerk.get("/workbench?number=" + number + "&itemCode=" + hall.instantItem()).html())
        .doesNotContain(">" + number + "<");
    assertThat(clerk.get("/workbench?number=" + number + "&step=REVIEW").html())
        .doesNotContain(">" + number + "<");
    WebSession.Page filtered =
        clerk.get(
            "/workbench?number=" + number + "&itemCode=" + hall.committedItem() + "&step=ACCEPT");
    assertThat(filtered.html()).contains(">" + number + "<");

    WebSession.Page again = clerk.get("/workbench");
    assertThat(again.html())
        .contains(">" + number + "<", "value=\"" + number + "\"", "清除筛选")
        .containsPattern("value=\"ACCEPT\"\\s+selected");

    WebSession.Page cleared = clerk.get("/workbench?clear");
    assertThat(cleared.status()).isEqualTo(302);
    assertThat(clerk.get("/workbench").html()).doesNotContain("value=\"" + number + "\"");
  }

  @Test
  void theApiTakesTheSameFilters() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = number(id);

    JsonNode tasks =
        journeys.as(hall.clerk()).get("/api/tasks?number=" + number + "&step=ACCEPT").body();
    assertThat(tasks.path("totalElements").asLong()).isEqualTo(1);
    JsonNode task = tasks.path("content").get(0);
    assertThat(task.path("applicationId").asText()).isEqualTo(id);
    assertThat(task.path("itemCode").asText()).isEqualTo(hall.committedItem());
    assertThat(
            journeys
                .as(hall.clerk())
                .get("/api/tasks?number=" + number + "&itemCode=" + hall.instantItem())
                .body()
                .path("totalElements")
                .asLong())
        .isZero();
  }

  @Test
  void aClaimedTaskIsTheClerks() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    WebSession clerk = journeys.web(hall.clerk());
    clerk.get("/workbench");

    WebSession.Page claimed = clerk.post("/workbench/tasks/" + taskId + "/claim", Map.of());

    assertThat(claimed.status()).isEqualTo(302);
    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("assignee").asText())
        .isEqualTo(hall.clerk());
    assertThat(clerk.get("/workbench?number=" + number(id)).html())
        .contains(">我<")
        .doesNotContain("待签收<");
  }

  @Test
  void theTaskPageShowsTheApplicationItsMaterialsInThePageAndTheOutcomes() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);

    WebSession.Page page = journeys.web(hall.clerk()).get("/workbench/tasks/" + taskId);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains(
            number(id),
            hall.committedItemName(),
            "class=\"viewer\"",
            "data-src=\"/applications/" + id)
        .contains("value=\"ACCEPT\"", "value=\"REQUEST_SUPPLEMENT\"", "value=\"NOT_ACCEPT\"")
        .contains("name=\"missingMaterials\" id=\"missing-0\" value=\"M01\"")
        .contains("hx-get=\"/applications/" + id + "/proofs\"");
  }

  @Test
  void completingWithoutARequiredCommentShowsTheRefusalNextToTheBoxAndKeepsTheInput() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    WebSession clerk = journeys.web(hall.clerk());
    clerk.get("/workbench/tasks/" + taskId);

    WebSession.Page refused =
        clerk.post(
            "/workbench/tasks/" + taskId + "/complete",
            Map.of(
                "outcome",
                "REQUEST_SUPPLEMENT",
                "missingMaterials",
                List.of("M03"),
                "comment",
                ""));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .containsPattern("id=\"comment-error\" class=\"error-message\">“一次性告知补正”须填写意见")
        .contains("class=\"alert alert--error error-summary\"", "href=\"#field-comment\"")
        .containsPattern("value=\"M03\"\\s+checked");
    assertThat(journeys.application(hall.clerk(), id).path("status").asText())
        .isEqualTo("SUBMITTED");

    WebSession.Page noMaterials =
        clerk.post(
            "/workbench/tasks/" + taskId + "/complete",
            Map.of("outcome", "REQUEST_SUPPLEMENT", "comment", "缺设计方案"));
    assertThat(noMaterials.status()).isEqualTo(422);
    assertThat(noMaterials.html()).contains("请勾选需补正的材料", "缺设计方案");
  }

  @Test
  void aSupplementIsRequestedByTickingOneMaterial() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);
    WebSession clerk = journeys.web(hall.clerk());
    clerk.get("/workbench/tasks/" + taskId);

    WebSession.Page done =
        clerk.post(
            "/workbench/tasks/" + taskId + "/complete",
            Map.of(
                "outcome",
                "REQUEST_SUPPLEMENT",
                "missingMaterials",
                "M03",
                "comment",
                "设计方案缺少总平面图"));

    assertThat(done.status()).isEqualTo(302);
    assertThat(done.location()).endsWith("/workbench");
    assertThat(clerk.get("/workbench").html()).contains("已一次性告知 " + number(id));
    JsonNode application = journeys.application(hall.enterprise(), id);
    assertThat(application.path("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(application.path("supplementRequests").get(0).path("missingMaterials").toString())
        .isEqualTo("[\"M03\"]");
  }

  @Test
  void anotherDepartmentsTaskIsNotFound() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);

    WebSession market = journeys.web(hall.outsider());
    assertThat(market.get("/workbench/tasks/" + taskId).status()).isEqualTo(404);
    assertThat(market.get("/workbench/applications/" + id).status()).isEqualTo(404);
    // a colleague of another duty in the same department does not see it either
    assertThat(journeys.web(hall.approver()).get("/workbench/tasks/" + taskId).status())
        .isEqualTo(404);
  }

  @Test
  void anApplicationFromAMessageOpensTheClerksOpenTask() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String taskId = journeys.taskId(hall.clerk(), id);

    WebSession.Page opened = journeys.web(hall.clerk()).get("/workbench/applications/" + id);
    assertThat(opened.status()).isEqualTo(302);
    assertThat(opened.location()).endsWith("/workbench/tasks/" + taskId);

    WebSession.Page read = journeys.web(hall.approver()).get("/workbench/applications/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.html()).contains(number(id), "没有由您办理的环节");
  }

  @Test
  void switchingLanguageKeepsTheQueuesFilters() {
    WebSession clerk = journeys.web(hall.clerk());
    clerk.get("/workbench?number=YZ2099&itemCode=&step=&level=");

    WebSession.Page english = clerk.get("/workbench?lang=en");

    assertThat(english.html()).containsPattern("id=\"filter-number\"[^>]*value=\"YZ2099\"");
    clerk.get("/workbench?lang=zh_CN");
  }
}
