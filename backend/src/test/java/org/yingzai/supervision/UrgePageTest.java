package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The urges page of a department's clerks over plain HTTP. */
@WithHall
class UrgePageTest {

  Hall hall;
  Journeys journeys;

  @Test
  void anUrgeIsListedOpenAndAnsweredWithWrittenFeedbackWhichMustNotBeEmpty() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    Api.Response urged =
        journeys
            .as(hall.supervisor())
            .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "受理环节即将超时"));
    assertThat(urged.status()).isEqualTo(201);
    long urgeId = urged.body().path("id").asLong();

    WebSession clerk = journeys.web(hall.clerk());
    WebSession.Page page = clerk.get("/workbench/urges");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains(number, "受理环节即将超时", "/workbench/applications/" + id, "urge-" + urgeId);
    assertThat(journeys.web(hall.outsider()).get("/workbench/urges").html())
        .doesNotContain("urge-" + urgeId);

    WebSession.Page empty =
        clerk.post("/workbench/urges/" + urgeId + "/feedback", Map.of("feedback", "  "));
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.html()).contains("id=\"feedback-error-" + urgeId + "\"", "请填写书面反馈");

    WebSession.Page answered =
        clerk.post("/workbench/urges/" + urgeId + "/feedback", Map.of("feedback", "今日内受理完毕"));
    assertThat(answered.status()).isEqualTo(302);
    WebSession.Page after = clerk.get("/workbench/urges");
    assertThat(after.html()).contains("已就办件 " + number, "今日内受理完毕").doesNotContain("urge-" + urgeId);
    assertThat(journeys.as(hall.clerk()).get("/api/urges?open=false&size=100").body().toString())
        .contains("今日内受理完毕");
  }
}
