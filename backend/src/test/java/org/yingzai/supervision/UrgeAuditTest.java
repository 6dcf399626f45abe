package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** What the audit trail records of urging: the urge and its answer, each with its words. */
@WithHall
class UrgeAuditTest {

  Hall hall;
  Journeys journeys;

  private List<JsonNode> recordsOf(String applicationId, String action) {
    Api.Response page =
        journeys.as(hall.supervisor()).get("/api/audit?size=100&applicationId=" + applicationId);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<JsonNode> records = new ArrayList<>();
    page.body()
        .path("content")
        .forEach(
            r -> {
              if (action.equals(r.path("action").asText())) {
                records.add(r);
              }
            });
    return records;
  }

  @Test
  void anUrgeAndItsFeedbackAreRecordedWithTheirWords() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api supervisor = journeys.as(hall.supervisor());
    Api.Response urged =
        supervisor.post(
            "/api/supervision/urges", Map.of("applicationId", id, "reason", "受理已近时限，请加快办理"));
    assertThat(urged.status()).as(urged.toString()).isEqualTo(201);
    long urgeId = urged.body().path("id").asLong();
    Api clerk = journeys.as(hall.clerk());
    assertThat(clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", " ")).status())
        .isEqualTo(400);
    Api.Response answered =
        clerk.post("/api/urges/" + urgeId + "/feedback", Map.of("feedback", "已安排专人今日受理"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

    List<JsonNode> urges = recordsOf(id, "URGED");
    assertThat(urges).hasSize(1);
    assertThat(urges.get(0).path("actor").asText()).isEqualTo(hall.supervisor());
    assertThat(urges.get(0).path("role").asText()).isEqualTo("SUPERVISOR");
    assertThat(urges.get(0).path("object").asText()).isEqualTo("urge:" + urgeId);
    assertThat(urges.get(0).path("reason").asText()).isEqualTo("受理已近时限，请加快办理");
    List<JsonNode> answers = recordsOf(id, "URGE_ANSWERED");
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(answers.get(0).path("object").asText()).isEqualTo("urge:" + urgeId);
    assertThat(answers.get(0).path("reason").asText()).isEqualTo("已安排专人今日受理");
    assertThat(answers.get(0).path("hash").asText()).hasSize(64);

    Api.Response verified = supervisor.get("/api/audit/verification");
    assertThat(verified.body().path("valid").asBoolean()).isTrue();
  }

  @Test
  void anUrgeRefusedRecordsNothing() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api.Response blank =
        journeys
            .as(hall.supervisor())
            .post("/api/supervision/urges", Map.of("applicationId", id, "reason", " "));
    assertThat(blank.status()).isEqualTo(400);
    Api.Response byClerk =
        journeys
            .as(hall.clerk())
            .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "请加快"));
    assertThat(byClerk.status()).isEqualTo(403);

    assertThat(recordsOf(id, "URGED")).isEmpty();
  }
}
