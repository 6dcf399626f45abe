package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yingzai.clock.TestYear2027;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.Api;
import org.yingzai.support.CuttingProxy;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The database connection drops in the middle of a submission and of a completion: the request
 * fails, nothing of it is kept, and trying again does it exactly once; in the middle of re-arming
 * the clocks after a calendar change, the clock is re-armed again. The service hall reaches this
 * test's own database through a proxy that cuts the connection carrying a chosen statement.
 */
@WithHall
// the proxy stands before the embedded server; an external database is not the test's to cut
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
// the context of its own database is closed after the class, while the proxy (whose threads are
// daemons) still carries its connections: closing the proxy first would hang the engine's shutdown
@DirtiesContext
class ConnectionFaultsTest {

  private static final CuttingProxy PROXY = proxy();

  @DynamicPropertySource
  static void throughTheProxy(DynamicPropertyRegistry properties) {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    String url = server.createDatabase("yingzai_faults");
    properties.add(
        "spring.datasource.url",
        () -> url.replace(":" + server.port() + "/", ":" + PROXY.port() + "/"));
    properties.add("spring.datasource.username", () -> EmbeddedMariaDb.USERNAME);
    properties.add("spring.datasource.password", () -> EmbeddedMariaDb.start(null).password());
  }

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @AfterEach
  void disarm() {
    PROXY.disarm();
  }

  @Test
  void aSubmissionCutOffMidwayKeepsNothingAndIsDoneOnceWhenTriedAgain() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    Api applicant = once(hall.enterprise());
    HttpHeaders key = new HttpHeaders();
    key.set("Idempotency-Key", "fault-" + id);

    // after the process has started, before the application knows it
    PROXY.cutAt("UPDATE application SET process_instance_id");
    Api.Response cut = applicant.post("/api/applications/" + id + "/submit", null, key);

    assertThat(PROXY.cuts()).isPositive();
    assertThat(cut.status()).as(cut.toString()).isEqualTo(503);
    assertThat(cut.code()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(status(id)).isEqualTo("DRAFT");
    assertThat(processInstances(id)).isZero();
    assertThat(openTasks(id)).isZero();

    Api.Response again = applicant.post("/api/applications/" + id + "/submit", null, key);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    Api.Response replayed = applicant.post("/api/applications/" + id + "/submit", null, key);
    assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
    assertThat(replayed.text("number")).isEqualTo(again.text("number"));

    assertThat(status(id)).isEqualTo("SUBMITTED");
    assertThat(processInstances(id)).isEqualTo(1);
    assertThat(openTasks(id)).isEqualTo(1);
  }

  @Test
  void aCompletionCutOffMidwayLeavesTheTaskOpenAndIsDoneOnceWhenTriedAgain() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    int timelineBefore = timeline(id);

    PROXY.cutAt("UPDATE work_task SET completed_at");
    String task = journeys.taskId(hall.clerk(), id);
    Api.Response cut =
        once(hall.clerk()).post("/api/tasks/" + task + "/complete", Api.complete("ACCEPT", null));

    assertThat(PROXY.cuts()).isPositive();
    assertThat(cut.status()).as(cut.toString()).isEqualTo(503);
    assertThat(cut.code()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(status(id)).isEqualTo("SUBMITTED");
    assertThat(openTasks(id)).isEqualTo(1);
    assertThat(timeline(id)).isEqualTo(timelineBefore);

    Api.Response again = journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(again.status()).as(again.toString()).isEqualTo(200);

    assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    assertThat(timeline(id)).isEqualTo(timelineBefore + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM work_task WHERE application_id = ? AND outcome = 'ACCEPT'",
                Integer.class,
                id))
        .isEqualTo(1);
  }

  @Test
  void aLoginCutOffMidwayAnswersThatTheDatabaseIsUnavailableAndWorksWhenTriedAgain() {
    // a user whose password was never checked, so the login reads the database
    String clerk = hall.colleague("newcomer", "accept");

    PROXY.cutAt(clerk);
    Api.Response cut = once(clerk).get("/api/tasks");

    assertThat(PROXY.cuts()).isPositive();
    assertThat(cut.status()).as(cut.toString()).isEqualTo(503);
    assertThat(cut.code()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(cut.entity().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");

    Api.Response again = once(clerk).get("/api/tasks");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
  }

  /** The user's calls, each sent once: the HTTP client would otherwise retry a 503 by itself. */
  private Api once(String username) {
    RestTemplateBuilder builder =
        new RestTemplateBuilder()
            .rootUri(http.getRootUri())
            .requestFactory(
                () ->
                    new HttpComponentsClientHttpRequestFactory(
                        HttpClients.custom().disableAutomaticRetries().build()));
    return Api.as(new TestRestTemplate(builder), username, Hall.PASSWORD);
  }

  @Test
  void aCalendarReArmCutOffMidwayIsTriedAgainSoEveryClockFollows() {
    // Monday Dec 28 2026: 8 working days reach into 2027, counted Monday to Friday for now
    EngineTime.at(LocalDateTime.of(2026, 12, 28, 10, 0));
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    assertThat(deadline(id)).isEqualTo("2027-01-07T23:59:59+08:00");
    try {
      // the first statement that names the application after the new year is published
      PROXY.cutAt(id);
      Api.Response published = TestYear2027.publish(journeys, hall.admin());
      assertThat(published.status()).as(published.toString()).isIn(200, 201);

      assertThat(PROXY.cuts()).isPositive();
      assertThat(deadline(id)).isEqualTo("2027-01-12T23:59:59+08:00");
      assertThat(journeys.listed(hall.supervisor(), id).orElseThrow().path("deadline").asText())
          .isEqualTo("2027-01-12T23:59:59+08:00");
    } finally {
      PROXY.disarm();
      TestYear2027.withdraw(journeys, hall.admin());
    }
  }

  @Test
  void aStepReArmCutOffMidwayIsTriedAgainSoTheQueueFollows() {
    // Monday Dec 28 2026: the review step's five working days reach into 2027
    EngineTime.at(LocalDateTime.of(2026, 12, 28, 9, 30));
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    String review = journeys.taskId(hall.reviewer(), id);
    assertThat(dueAt(id)).isEqualTo("2027-01-04T23:59:59+08:00");
    try {
      // the first statement that names the review task after the new year is published
      PROXY.cutAt(review);
      Api.Response published = TestYear2027.publish(journeys, hall.admin());
      assertThat(published.status()).as(published.toString()).isIn(200, 201);

      assertThat(PROXY.cuts()).isPositive();
      assertThat(dueAt(id)).isEqualTo("2027-01-07T23:59:59+08:00");
    } finally {
      PROXY.disarm();
      TestYear2027.withdraw(journeys, hall.admin());
    }
  }

  private String dueAt(String id) {
    return journeys.findTask(hall.reviewer(), id).orElseThrow().path("dueAt").asText();
  }

  private String deadline(String id) {
    return journeys.application(hall.enterprise(), id).path("deadline").asText();
  }

  private String status(String id) {
    return jdbc.queryForObject("SELECT status FROM application WHERE id = ?", String.class, id);
  }

  private int processInstances(String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL",
        Integer.class,
        id);
  }

  private int openTasks(String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM work_task WHERE application_id = ? AND completed_at IS NULL",
        Integer.class,
        id);
  }

  private int timeline(String id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM timeline_entry WHERE application_id = ?", Integer.class, id);
  }

  private static CuttingProxy proxy() {
    try {
      return new CuttingProxy(EmbeddedMariaDb.start(null).port());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
