package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;

/** The urges page of a department's clerks over plain HTTP. */
@IntegrationTest
class UrgePageTest {

  @Autowired TestRestTemplate http;

  @Test
  void anUrgeIsListedOpenAndAnsweredWithWrittenFeedbackWhichMustNotBeEmpty() {
    Journeys journeys = new Journeys(http);
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String number = journeys.application("enterprise", id).path("number").asText();
    Api.Response urged =
        journeys
            .as("supervisor")
            .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "受理环节即将超时"));
    assertThat(urged.status()).isEqualTo(201);
    long urgeId = urged.body().path("id").asLong();

    WebSession clerk = WebSession.as(http, "clerk");
    WebSession.Page page = clerk.get("/workbench/urges");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html())
        .contains(number, "受理环节即将超时", "/workbench/applications/" + id, "urge-" + urgeId);
    assertThat(WebSession.as(http, "market-clerk").get("/workbench/urges").html())
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
    assertThat(journeys.as("clerk").get("/api/urges?open=false&size=100").body().toString())
        .contains("今日内受理完毕");
  }
}
