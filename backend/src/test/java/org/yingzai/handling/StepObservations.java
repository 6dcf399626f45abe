package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.Journeys;
import org.yingzai.support.StepTimerJobs;

/** What the tests of an application's step timers look at: its timers, events and RED notices. */
final class StepObservations {

  private final Journeys journeys;
  private final ManagementService management;
  private final JdbcTemplate jdbc;
  private final String supervisor;

  StepObservations(
      Journeys journeys, ManagementService management, JdbcTemplate jdbc, String supervisor) {
    this.journeys = journeys;
    this.supervisor = supervisor;
    this.management = management;
    this.jdbc = jdbc;
  }

  String processInstance(String applicationId) {
    return jdbc.queryForObject(
        "SELECT process_instance_id FROM application WHERE id = ?", String.class, applicationId);
  }

  int runDueStepTimers(String applicationId) {
    return StepTimerJobs.runDue(management, processInstance(applicationId));
  }

  /** The moments the application's step timers are due, in local time, earliest first. */
  List<String> stepTimerMoments(String applicationId) {
    return StepTimerJobs.of(management, processInstance(applicationId)).stream()
        .map(Job::getDuedate)
        .map(date -> Times.local(date.toInstant()).toString())
        .sorted()
        .toList();
  }

  /** step:from:to:cause:daysLeft of each step warning event of the application. */
  List<String> stepEvents(String applicationId) {
    List<String> events = new ArrayList<>();
    journeys
        .application(supervisor, applicationId)
        .path("stepWarningEvents")
        .forEach(
            e ->
                events.add(
                    e.path("step").asText()
                        + ":"
                        + e.path("levelFrom").asText("-")
                        + ":"
                        + e.path("levelTo").asText()
                        + ":"
                        + e.path("cause").asText()
                        + ":"
                        + e.path("daysLeft").asInt()));
    return events;
  }

  /** The STEP_RED notice of the application in the user's inbox. */
  Optional<JsonNode> stepNotice(String username, String applicationId) {
    Api.Response inbox = journeys.as(username).get("/api/notifications?size=100");
    assertThat(inbox.status()).isEqualTo(200);
    for (JsonNode notice : inbox.body().path("content")) {
      if (applicationId.equals(notice.path("applicationId").asText())
          && "STEP_RED".equals(notice.path("kind").asText())) {
        return Optional.of(notice);
      }
    }
    return Optional.empty();
  }
}
