package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** Two clerks of one duty: a claimed task is the claimant's until finished. */
@WithHall
class ClaimingTest {

  Hall hall;
  Journeys journeys;

  @Test
  void aTaskClaimedByOneReviewerIsAConflictForAnother() {
    String reviewer = hall.reviewer();
    String secondReviewer = hall.colleague("reviewer-b", "review");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    String task = journeys.taskId(reviewer, id);
    assertThat(journeys.findTask(secondReviewer, id)).isPresent();

    Api.Response claimed = journeys.as(reviewer).post("/api/tasks/" + task + "/claim", null);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(journeys.as(reviewer).post("/api/tasks/" + task + "/claim", null).status())
        .as("claiming one's own task again")
        .isEqualTo(200);

    Api colleague = journeys.as(secondReviewer);
    Api.Response claimAgain = colleague.post("/api/tasks/" + task + "/claim", null);
    assertThat(claimAgain.status()).isEqualTo(409);
    assertThat(claimAgain.code()).isEqualTo("TASK_HELD_BY_OTHER");
    Api.Response complete =
        colleague.post("/api/tasks/" + task + "/complete", Api.complete("PASS", null));
    assertThat(complete.status()).isEqualTo(409);
    assertThat(journeys.findTask(secondReviewer, id))
        .as("gone from the colleague's queue")
        .isEmpty();
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("UNDER_REVIEW");

    assertThat(journeys.complete(reviewer, id, "PASS", null).status()).isEqualTo(200);
  }
}
