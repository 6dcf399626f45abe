package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.StepTimerJobs;
import org.yingzai.support.WarningTimerJobs;
import org.yingzai.support.WithHall;

/**
 * What an operator reads at {@code /actuator/prometheus} after an application has gone its way:
 * submissions, completions with the time they took, open tasks by level, how late the timers fired,
 * the outbox's backlog and the connection pool.
 */
@WithHall
class OperatorMetricsTest {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)", Pattern.MULTILINE);

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired MeterRegistry meters;

  @Test
  void anApplicationsWayShowsInTheMetrics() {
    // what earlier tests left, read without a scrape: the gauges are first read below
    double submitted = count("yingzai.applications.submitted", null, null);
    double approved = count("yingzai.applications.completed", "outcome", "APPROVED");
    double approvedSeconds = seconds("yingzai.applications.completed", "outcome", "APPROVED");
    double stepTimers = count("yingzai.timers.lag", "timer", "step");
    double stepLag = seconds("yingzai.timers.lag", "timer", "step");
    double warningTimers = count("yingzai.timers.lag", "timer", "warning");

    // submitted on a Monday morning, accepted at once
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    String process =
        jdbc.queryForObject(
            "SELECT process_instance_id FROM application WHERE id = ?", String.class, id);

    // the review's last day (5 working days): its step timer was due at the start of Saturday,
    // when only that Monday was left, and runs at nine on Monday
    EngineTime.at("2026-03-09T09:00:00+08:00");
    assertThat(StepTimerJobs.runDue(management, process)).isEqualTo(1);
    Map<String, Double> reviewing = scrape();
    assertThat(sample(reviewing, "yingzai_timers_lag_seconds_count", "\"step\""))
        .isEqualTo(stepTimers + 1);
    assertThat(sample(reviewing, "yingzai_timers_lag_seconds_sum", "\"step\"") - stepLag)
        .isCloseTo(Duration.ofDays(2).plusHours(9).toSeconds(), within(1.0));
    for (String level : new String[] {"GREEN", "YELLOW", "RED", "NONE"}) {
      assertThat(sample(reviewing, "yingzai_tasks_open", "\"" + level + "\""))
          .as(level)
          .isEqualTo(openTasks(level));
    }
    assertThat(sample(reviewing, "yingzai_tasks_open", "\"YELLOW\"")).isPositive();

    // the promised limit's last two days (8 working days): the clock's warning timer turns it
    // YELLOW
    EngineTime.at("2026-03-11T10:00:00+08:00");
    assertThat(new WarningTimerJobs(jdbc, management).runDue(id)).isEqualTo(1);

    // the applicant is told of the decision by e-mail, through the outbox
    Map<String, Object> email = new HashMap<>();
    email.put("email", "metrics@example.cn");
    email.put("emailEnabled", true);
    assertThat(journeys.as(hall.enterprise()).put("/api/me/notification-settings", email).status())
        .isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    Api.Response decided = journeys.complete(hall.approver(), id, "APPROVE", null);
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

    Map<String, Double> after = scrape();
    assertThat(after.get("yingzai_applications_submitted_total")).isEqualTo(submitted + 1);
    assertThat(sample(after, "yingzai_applications_completed_seconds_count", "APPROVED"))
        .isEqualTo(approved + 1);
    // nine days and one hour from submission to decision, in calendar time
    assertThat(sample(after, "yingzai_applications_completed_seconds_sum", "APPROVED"))
        .isCloseTo(approvedSeconds + Duration.ofDays(9).plusHours(1).toSeconds(), within(1.0));
    assertThat(after.keySet())
        .anyMatch(
            series ->
                series.startsWith("yingzai_applications_completed_seconds_bucket{")
                    && series.contains("APPROVED"));
    assertThat(sample(after, "yingzai_timers_lag_seconds_count", "\"warning\""))
        .isEqualTo(warningTimers + 1);
    assertThat(after.get("yingzai_outbox_backlog"))
        .isPositive()
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ?",
                Double.class,
                Timestamp.from(OffsetDateTime.parse("2026-03-11T10:00:00+08:00").toInstant())));
    // the connection pool's own meters
    assertThat(sample(after, "hikaricp_connections_max", "pool=")).isEqualTo(20);
    assertThat(sample(after, "hikaricp_connections_active", "pool=")).isBetween(0.0, 20.0);
    assertThat(sample(after, "hikaricp_connections_pending", "pool=")).isNotNegative();
    assertThat(after.keySet()).anyMatch(series -> series.startsWith("hikaricp_connections_usage"));
  }

  private double count(String name, String tag, String value) {
    return tag == null
        ? meters.get(name).counter().count()
        : meters.get(name).tag(tag, value).timer().count();
  }

  private double seconds(String name, String tag, String value) {
    return meters.get(name).tag(tag, value).timer().totalTime(TimeUnit.SECONDS);
  }

  private double openTasks(String level) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM work_task WHERE completed_at IS NULL"
            + " AND COALESCE(warning_level, 'NONE') = ?",
        Double.class,
        level);
  }

  /** Every series of the scrape with its value, keyed by name and labels as written. */
  private Map<String, Double> scrape() {
    Api.Response response = journeys.as(hall.admin()).get("/actuator/prometheus");
    assertThat(response.status()).isEqualTo(200);
    Map<String, Double> series = new HashMap<>();
    Matcher sample = SAMPLE.matcher(response.entity().getBody());
    while (sample.find()) {
      String labels = sample.group(2) == null ? "" : sample.group(2);
      series.put(sample.group(1) + labels, Double.parseDouble(sample.group(3)));
    }
    return series;
  }

  /** The value of the one series of the name whose labels contain the text; 0 when none. */
  private static double sample(Map<String, Double> series, String name, String labelText) {
    return series.entrySet().stream()
        .filter(e -> e.getKey().startsWith(name + "{") && e.getKey().contains(labelText))
        .mapToDouble(Map.Entry::getValue)
        .reduce((a, b) -> a + b)
        .orElse(0.0);
  }
}
