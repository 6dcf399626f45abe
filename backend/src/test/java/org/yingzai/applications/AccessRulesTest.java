package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** Separation of duties (DESIGN §5): who sees and does what with an application. */
@IntegrationTest
class AccessRulesTest {

  @Autowired TestRestTemplate http;
  Journeys journeys;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
  }

  @Test
  void anotherEnterpriseCannotSeeOrTouchTheApplication() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    Api other = journeys.as("enterprise2");
    Api.Response read = other.get("/api/applications/" + id);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.code()).isEqualTo("APPLICATION_NOT_FOUND");
    assertThat(other.get("/api/applications/does-not-exist").code())
        .isEqualTo("APPLICATION_NOT_FOUND");
    assertThat(
            other
                .upload("/api/applications/" + id + "/materials", "M05", "x.pdf", Files.pdf("x"))
                .status())
        .isEqualTo(404);
    assertThat(other.post("/api/applications/" + id + "/supplement", null).status()).isEqualTo(404);
    assertThat(other.get("/api/applications?size=100").body().toString()).doesNotContain(id);
  }

  @Test
  void clerkOfAnotherDepartmentNeitherSeesTheApplicationNorWorksItsTask() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String task = journeys.taskId("clerk", id);
    Api market = journeys.as("market-clerk");
    assertThat(market.get("/api/applications/" + id).status()).isEqualTo(404);
    Api.Response complete =
        market.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null));
    assertThat(complete.status()).isEqualTo(404);
    assertThat(complete.code()).isEqualTo("TASK_NOT_FOUND");
    assertThat(market.post("/api/tasks/" + task + "/claim", null).status()).isEqualTo(404);
    assertThat(journeys.findTask("market-clerk", id)).isEmpty();
    assertThat(journeys.findTask("clerk", id)).isPresent();
  }

  @Test
  void clerkWorksOnlyTheDutiesHeHolds() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String acceptTask = journeys.taskId("clerk", id);
    Api.Response byReviewer =
        journeys
            .as("reviewer")
            .post("/api/tasks/" + acceptTask + "/complete", Api.complete("ACCEPT", null));
    assertThat(byReviewer.status()).isEqualTo(404);
    // the reviewer still reads the department's applications
    assertThat(journeys.as("reviewer").get("/api/applications/" + id).status()).isEqualTo(200);
  }

  @Test
  void supervisorReadsEverythingButCompletesNothing() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String task = journeys.taskId("clerk", id);
    Api supervisor = journeys.as("supervisor");
    assertThat(supervisor.get("/api/applications/" + id).status()).isEqualTo(200);
    Api.Response complete =
        supervisor.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null));
    assertThat(complete.status()).isEqualTo(403);
    assertThat(complete.contentType()).startsWith("application/problem+json");
    assertThat(supervisor.get("/api/tasks").status()).isEqualTo(403);
    assertThat(journeys.application("enterprise", id).path("status").asText())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void adminCannotDecideOrReadApplications() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    String task = journeys.taskId("clerk", id);
    Api admin = journeys.as("admin");
    assertThat(
            admin.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null)).status())
        .isEqualTo(403);
    assertThat(admin.get("/api/applications/" + id).status()).isEqualTo(403);
  }

  @Test
  void draftsAreTheApplicantsAlone() {
    String id = journeys.draftWithMaterials("enterprise", "GX-PLAN-001");
    assertThat(journeys.as("clerk").get("/api/applications/" + id).status()).isEqualTo(404);
    assertThat(journeys.as("supervisor").get("/api/applications/" + id).status()).isEqualTo(404);
    assertThat(journeys.as("enterprise").get("/api/applications/" + id).status()).isEqualTo(200);
  }

  @Test
  void listsAreScopedToTheCaller() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    assertThat(
            journeys
                .as("clerk")
                .get("/api/applications?size=100&status=SUBMITTED")
                .body()
                .toString())
        .contains(id);
    assertThat(journeys.as("market-clerk").get("/api/applications?size=100").body().toString())
        .doesNotContain(id);
    Api.Response bad = journeys.as("clerk").get("/api/applications?size=101");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("PAGE_SIZE_INVALID");
  }
}
