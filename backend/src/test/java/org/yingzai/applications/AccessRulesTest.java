package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** Separation of duties (DESIGN §5): who sees and does what with an application. */
@WithHall
class AccessRulesTest {

  Hall hall;
  Journeys journeys;

  @Test
  void anotherEnterpriseCannotSeeOrTouchTheApplication() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    Api other = journeys.as(hall.otherEnterprise());
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
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String task = journeys.taskId(hall.clerk(), id);
    Api market = journeys.as(hall.outsider());
    assertThat(market.get("/api/applications/" + id).status()).isEqualTo(404);
    Api.Response complete =
        market.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null));
    assertThat(complete.status()).isEqualTo(404);
    assertThat(complete.code()).isEqualTo("TASK_NOT_FOUND");
    assertThat(market.post("/api/tasks/" + task + "/claim", null).status()).isEqualTo(404);
    assertThat(journeys.findTask(hall.outsider(), id)).isEmpty();
    assertThat(journeys.findTask(hall.clerk(), id)).isPresent();
  }

  @Test
  void clerkWorksOnlyTheDutiesHeHolds() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String acceptTask = journeys.taskId(hall.clerk(), id);
    Api.Response byReviewer =
        journeys
            .as(hall.reviewer())
            .post("/api/tasks/" + acceptTask + "/complete", Api.complete("ACCEPT", null));
    assertThat(byReviewer.status()).isEqualTo(404);
    // the reviewer still reads the department's applications
    assertThat(journeys.as(hall.reviewer()).get("/api/applications/" + id).status()).isEqualTo(200);
  }

  @Test
  void supervisorReadsEverythingButCompletesNothing() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String task = journeys.taskId(hall.clerk(), id);
    Api supervisor = journeys.as(hall.supervisor());
    assertThat(supervisor.get("/api/applications/" + id).status()).isEqualTo(200);
    Api.Response complete =
        supervisor.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null));
    assertThat(complete.status()).isEqualTo(403);
    assertThat(complete.contentType()).startsWith("application/problem+json");
    assertThat(supervisor.get("/api/tasks").status()).isEqualTo(403);
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");
  }

  @Test
  void adminCannotDecideOrReadApplications() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String task = journeys.taskId(hall.clerk(), id);
    Api admin = journeys.as(hall.admin());
    assertThat(
            admin.post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null)).status())
        .isEqualTo(403);
    assertThat(admin.get("/api/applications/" + id).status()).isEqualTo(403);
  }

  @Test
  void draftsAreTheApplicantsAlone() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    assertThat(journeys.as(hall.clerk()).get("/api/applications/" + id).status()).isEqualTo(404);
    assertThat(journeys.as(hall.supervisor()).get("/api/applications/" + id).status())
        .isEqualTo(404);
    assertThat(journeys.as(hall.enterprise()).get("/api/applications/" + id).status())
        .isEqualTo(200);
  }

  @Test
  void listsAreScopedToTheCaller() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertThat(
            journeys
                .as(hall.clerk())
                .get("/api/applications?size=100&status=SUBMITTED")
                .body()
                .toString())
        .contains(id);
    assertThat(journeys.as(hall.outsider()).get("/api/applications?size=100").body().toString())
        .doesNotContain(id);
    Api.Response bad = journeys.as(hall.clerk()).get("/api/applications?size=101");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("PAGE_SIZE_INVALID");
  }
}
