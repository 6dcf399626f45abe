package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The public progress query page over plain HTTP. */
@WithHall
class ProgressPageTest {

  Hall hall;
  Journeys journeys;
  @Autowired TestRestTemplate http;
  @Autowired ProgressThrottle throttle;

  @AfterEach
  void forgetFailures() {
    throttle.clear();
  }

  @Test
  void theFormIsPostedAndShowsWhereTheApplicationStands() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.instantItem());
    JsonNode submitted =
        journeys.as(hall.enterprise()).post("/api/applications/" + id + "/submit", null).body();
    WebSession visitor = WebSession.anonymous(http);

    WebSession.Page form = visitor.get("/progress");
    WebSession.Page result =
        visitor.post(
            "/progress",
            Map.of(
                "number",
                submitted.path("number").asText(),
                "queryCode",
                submitted.path("queryCode").asText()));

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.html()).contains("办件编号", "查询码", "method=\"post\"");
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.html())
        .contains("查询结果", submitted.path("number").asText(), hall.instantItemName())
        .contains("已提交，待受理", "受理")
        .doesNotContain(submitted.path("enterprise").path("name").asText());
  }

  @Test
  void aWrongPairIsShownBesideTheFieldsWithWhatWasTyped() {
    WebSession visitor = WebSession.anonymous(http);
    visitor.get("/progress");

    WebSession.Page refused =
        visitor.post("/progress", Map.of("number", "YZ20000101000001", "queryCode", "ABCD2345"));

    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.html())
        .contains("未找到该办件，请核对办件编号和查询码", "field--error")
        .contains("value=\"YZ20000101000001\"", "value=\"ABCD2345\"");
  }

  @Test
  void anEmptyFormAsksForBothFieldsAndCountsAsNoFailure() {
    WebSession visitor = WebSession.anonymous(http);
    visitor.get("/progress");

    WebSession.Page page = visitor.post("/progress", Map.of("number", " ", "queryCode", ""));

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.html()).contains("请填写办件编号和查询码");
  }

  @Test
  void tooManyWrongPairsAreThrottledOnThePageToo() {
    WebSession visitor = WebSession.anonymous(http);
    visitor.get("/progress");
    for (int i = 0; i < ProgressThrottle.MAX_FAILURES; i++) {
      visitor.post("/progress", Map.of("number", "YZ2000010100000" + i, "queryCode", "ABCD2345"));
    }

    WebSession.Page throttled =
        visitor.post("/progress", Map.of("number", "YZ20000101000099", "queryCode", "ABCD2345"));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.html()).contains("查询失败次数过多");
  }
}
