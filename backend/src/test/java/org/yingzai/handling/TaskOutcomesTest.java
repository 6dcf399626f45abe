package org.yingzai.handling;

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

/** Each task of the queue names its BPMN task and the outcomes that complete it. */
@WithHall
class TaskOutcomesTest {

  Hall hall;
  Journeys journeys;

  private JsonNode task(String username, String applicationId) {
    return journeys.findTask(username, applicationId).orElseThrow();
  }

  private static List<String> words(JsonNode array) {
    List<String> words = new ArrayList<>();
    array.forEach(word -> words.add(word.asText()));
    return words;
  }

  @Test
  void everyTaskOfACommittedItemOffersTheOutcomesOfItsStep() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());

    JsonNode accept = task(hall.clerk(), id);
    assertThat(accept.path("taskKey").asText()).isEqualTo("accept");
    assertThat(words(accept.path("outcomes")))
        .containsExactly("ACCEPT", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(words(accept.path("commentRequired")))
        .containsExactly("REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);

    JsonNode review = task(hall.reviewer(), id);
    assertThat(review.path("taskKey").asText()).isEqualTo("review");
    assertThat(words(review.path("outcomes")))
        .containsExactly("PASS", "REQUEST_SUPPLEMENT", "SPECIAL_PROCEDURE");
    assertThat(words(review.path("commentRequired")))
        .containsExactly("REQUEST_SUPPLEMENT", "SPECIAL_PROCEDURE");
    Api.Response started =
        journeys
            .as(hall.reviewer())
            .post(
                "/api/tasks/" + review.path("id").asText() + "/complete",
                Map.of("outcome", "SPECIAL_PROCEDURE", "procedure", "HEARING", "comment", "举行听证"));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);

    JsonNode procedure = task(hall.reviewer(), id);
    assertThat(procedure.path("step").asText()).isEqualTo("REVIEW");
    assertThat(procedure.path("taskKey").asText()).isEqualTo("specialProcedure");
    assertThat(words(procedure.path("outcomes"))).containsExactly("PROCEDURE_FINISHED");
    assertThat(words(procedure.path("commentRequired"))).containsExactly("PROCEDURE_FINISHED");
    assertThat(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "听证完毕").status())
        .isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);

    JsonNode decide = task(hall.approver(), id);
    assertThat(decide.path("taskKey").asText()).isEqualTo("decide");
    assertThat(words(decide.path("outcomes"))).containsExactly("APPROVE", "DENY");
    assertThat(words(decide.path("commentRequired"))).containsExactly("DENY");
  }

  @Test
  void theAcceptTaskOfAnInstantItemOffersTheDecision() {
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());

    JsonNode accept = task(hall.clerk(), id);
    assertThat(accept.path("taskKey").asText()).isEqualTo("accept");
    assertThat(words(accept.path("outcomes")))
        .containsExactly("APPROVE", "DENY", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(words(accept.path("commentRequired")))
        .containsExactly("DENY", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
  }

  @Test
  void whatTheQueueOffersIsWhatCompletingAccepts() {
    String id = journeys.submitted(hall.enterprise(), hall.instantItem());
    JsonNode accept = task(hall.clerk(), id);
    String complete = "/api/tasks/" + accept.path("id").asText() + "/complete";
    Api clerk = journeys.as(hall.clerk());

    Api.Response notOffered = clerk.post(complete, Api.complete("ACCEPT", null));
    assertThat(notOffered.code()).isEqualTo("OUTCOME_NOT_ALLOWED");
    for (String outcome : words(accept.path("commentRequired"))) {
      Api.Response withoutComment = clerk.post(complete, Map.of("outcome", outcome));
      assertThat(withoutComment.code()).as(outcome).isEqualTo("COMMENT_REQUIRED");
    }
    Api.Response approved = clerk.post(complete, Api.complete("APPROVE", null));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
  }
}
