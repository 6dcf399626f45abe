package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** Two clerks of one duty: a claimed task is the claimant's until finished. */
@IntegrationTest
class ClaimingTest {

  private static final String SECOND_REVIEWER = "reviewer-b";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
    // a colleague of the demo reviewer, with the same password
    jdbc.update(
        """
        INSERT IGNORE INTO app_user (username, password_hash, display_name, role, department_code,
          enabled, failed_logins, created_at)
        SELECT ?, password_hash, '审查员乙', role, department_code, TRUE, 0, created_at
        FROM app_user WHERE username = 'reviewer'""",
        SECOND_REVIEWER);
    jdbc.update(
        "INSERT IGNORE INTO user_duty (username, duty) VALUES (?, 'review')", SECOND_REVIEWER);
  }

  @Test
  void aTaskClaimedByOneReviewerIsAConflictForAnother() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    journeys.complete("clerk", id, "ACCEPT", null);
    String task = journeys.taskId("reviewer", id);
    assertThat(journeys.findTask(SECOND_REVIEWER, id)).isPresent();

    Api.Response claimed = journeys.as("reviewer").post("/api/tasks/" + task + "/claim", null);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(journeys.as("reviewer").post("/api/tasks/" + task + "/claim", null).status())
        .as("claiming one's own task again")
        .isEqualTo(200);

    Api colleague = journeys.as(SECOND_REVIEWER);
    Api.Response claimAgain = colleague.post("/api/tasks/" + task + "/claim", null);
    assertThat(claimAgain.status()).isEqualTo(409);
    assertThat(claimAgain.code()).isEqualTo("TASK_HELD_BY_OTHER");
    Api.Response complete =
        colleague.post("/api/tasks/" + task + "/complete", Api.complete("PASS", null));
    assertThat(complete.status()).isEqualTo(409);
    assertThat(journeys.findTask(SECOND_REVIEWER, id))
        .as("gone from the colleague's queue")
        .isEmpty();
    assertThat(journeys.application("enterprise", id).path("status").asText())
        .isEqualTo("UNDER_REVIEW");

    assertThat(journeys.complete("reviewer", id, "PASS", null).status()).isEqualTo(200);
  }
}
