package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** The query code given at submission and the public progress query it opens. */
@WithHall
class ProgressQueryTest {

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @Autowired ProgressThrottle throttle;
  Hall hall;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    throttle.clear();
  }

  @AfterEach
  void forgetFailures() {
    throttle.clear();
  }

  private Api.Response submit(String id, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.add("Idempotency-Key", idempotencyKey);
    return journeys
        .as(hall.enterprise())
        .post("/api/applications/" + id + "/submit", null, headers);
  }

  private static Api.Response progress(Api api, String number, String queryCode) {
    return api.get(
        "/api/progress?number="
            + URLEncoder.encode(number, StandardCharsets.UTF_8)
            + "&queryCode="
            + URLEncoder.encode(queryCode, StandardCharsets.UTF_8));
  }

  @Test
  void theApplicantGetsAQueryCodeAtSubmissionAndAReplayAnswersTheSameOne() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    String key = "progress-" + id;

    Api.Response submitted = submit(id, key);
    Api.Response replayed = submit(id, key);

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    String queryCode = submitted.text("queryCode");
    assertThat(queryCode).matches("[2-9A-HJKMNP-Z]{8}");
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
    assertThat(replayed.text("queryCode")).isEqualTo(queryCode);
    assertThat(journeys.application(hall.enterprise(), id).path("queryCode").asText())
        .isEqualTo(queryCode);
  }

  @Test
  void clerksAndSupervisorsDoNotSeeTheQueryCode() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());

    assertThat(journeys.application(hall.clerk(), id).has("queryCode")).isFalse();
    assertThat(journeys.application(hall.supervisor(), id).has("queryCode")).isFalse();
    assertThat(journeys.application(hall.enterprise(), id).has("queryCode")).isTrue();
  }

  @Test
  void theRightPairShowsWhereTheApplicationStandsWithoutPersonalData() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    JsonNode submitted = submit(id, "progress-found-" + id).body();

    Api.Response found =
        progress(
            Api.anonymous(http),
            submitted.path("number").asText(),
            submitted.path("queryCode").asText().toLowerCase());

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    JsonNode body = found.body();
    assertThat(body.path("number").asText()).isEqualTo(submitted.path("number").asText());
    assertThat(body.path("itemName").asText()).isEqualTo(hall.committedItemName());
    assertThat(body.path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(body.path("step").asText()).isEqualTo("ACCEPT");
    assertThat(body.has("enterprise")).isFalse();
    assertThat(body.has("queryCode")).isFalse();
    assertThat(found.entity().getBody())
        .doesNotContain(submitted.path("enterprise").path("name").asText())
        .doesNotContain(submitted.path("enterprise").path("creditCode").asText());

    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    JsonNode accepted =
        progress(
                Api.anonymous(http),
                submitted.path("number").asText(),
                submitted.path("queryCode").asText())
            .body();
    assertThat(accepted.path("step").asText()).isEqualTo("REVIEW");
    assertThat(accepted.path("deadline").asText()).isNotEmpty();
    assertThat(accepted.path("warningLevel").asText()).isEqualTo("GREEN");
  }

  @Test
  void anUnknownNumberAndAWrongCodeAreRefusedAlike() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    JsonNode submitted = submit(id, "progress-wrong-" + id).body();
    String wrongCode =
        submitted.path("queryCode").asText().equals("AAAA2222") ? "BBBB3333" : "AAAA2222";

    Api.Response wrong =
        progress(Api.anonymous(http), submitted.path("number").asText(), wrongCode);
    Api.Response unknown =
        progress(Api.anonymous(http), "YZ20000101999999", submitted.path("queryCode").asText());

    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.code()).isEqualTo("PROGRESS_NOT_FOUND");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.entity().getBody()).isEqualTo(wrong.entity().getBody());
  }

  @Test
  void tooManyWrongPairsAreThrottled() throws Exception {
    Api visitor = Api.anonymous(http);
    for (int i = 0; i < ProgressThrottle.MAX_FAILURES; i++) {
      assertThat(progress(visitor, "YZ20000101" + String.format("%06d", i), "AAAA2222").status())
          .isEqualTo(404);
    }

    // a plain client: Apache's, under TestRestTemplate, would wait out Retry-After and ask again
    HttpResponse<String> throttled =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/api/progress?number=YZ20000101000099&queryCode=AAAA2222"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
    assertThat(throttled.body()).contains("\"code\":\"PROGRESS_THROTTLED\"");
    assertThat(throttled.headers().firstValueAsLong(HttpHeaders.RETRY_AFTER).orElseThrow())
        .isBetween(1L, 60L);
  }

  @Test
  void theStepFollowsTheStatus() {
    assertThat(ProgressQuery.currentStep(ApplicationStatus.SUBMITTED)).isEqualTo(Step.ACCEPT);
    assertThat(ProgressQuery.currentStep(ApplicationStatus.SUPPLEMENT_REQUESTED))
        .isEqualTo(Step.SUPPLEMENT);
    assertThat(ProgressQuery.currentStep(ApplicationStatus.PAUSED)).isEqualTo(Step.REVIEW);
    assertThat(ProgressQuery.currentStep(ApplicationStatus.AWAITING_DECISION))
        .isEqualTo(Step.DECIDE);
    assertThat(ProgressQuery.currentStep(ApplicationStatus.APPROVED)).isNull();
  }
}
