package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * A clerk's work queue at scale: 100,000 open tasks, 20,000 of them offered to the hall's
 * reviewers' group and a few hundred claimed by the reviewer, the rest spread over 40 other groups;
 * each endpoint called over HTTP as the reviewer, 30 warm-up calls then 200 measured one after
 * another. Not part of the normal build; run it with {@code ./mvnw -B -Pbenchmark verify -pl
 * backend -am -Dtest=WorkQueueBenchmark} (see docs/benchmarks.md). It measures, it does not judge.
 */
@Tag("benchmark")
@WithHall
class WorkQueueBenchmark {

  private static final int OPEN = 100_000;
  private static final int IN_GROUP = 20_000;
  private static final int CLAIMED = 300;
  private static final int WARM_UP = 30;
  private static final int MEASURED = Integer.getInteger("workQueue.measured", 200);

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  Hall hall;
  Journeys journeys;

  @Test
  void theWorkQueueAtScale() throws IOException {
    long generating = System.nanoTime();
    generate();
    long generated = (System.nanoTime() - generating) / 1_000_000_000;
    String group = hall.department() + ":review";
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM work_task WHERE candidate_group = ? AND completed_at IS NULL",
                Long.class,
                group))
        .isEqualTo(IN_GROUP);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM work_task WHERE candidate_group = ?"
                    + " AND application_number LIKE 'BQ000000000125%'",
                Long.class, group))
        .isOne();

    String item = hall.committedItem();
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("first page", "/api/tasks?size=20");
    endpoints.put("page 50", "/api/tasks?size=20&page=50");
    endpoints.put("first page, RED", "/api/tasks?size=20&warningLevel=RED");
    endpoints.put("page 50, YELLOW", "/api/tasks?size=20&page=50&warningLevel=YELLOW");
    endpoints.put("first page, one step", "/api/tasks?size=20&step=REVIEW");
    endpoints.put("first page, one item", "/api/tasks?size=20&itemCode=" + item);
    endpoints.put("page 50, one item", "/api/tasks?size=20&page=50&itemCode=" + item);
    // numbers are BQ and twelve digits: n = 125 is in the reviewer's group (every fifth)
    endpoints.put("number, one match", "/api/tasks?size=20&number=BQ000000000125");
    endpoints.put("number prefix, no match", "/api/tasks?size=20&number=BQ00000123");
    endpoints.put(
        "one item, RED, number prefix",
        "/api/tasks?size=20&warningLevel=RED&itemCode=" + item + "&number=BQ0000");

    TestRestTemplate reviewer = journeys.http(hall.reviewer());
    // every endpoint warmed up before any is measured, so that the first is not measured cold
    for (String path : endpoints.values()) {
      for (int i = 0; i < WARM_UP; i++) {
        EndpointTimes.call(reviewer, path);
      }
    }
    StringBuilder report = new StringBuilder();
    report.append(
        "| queue `/api/tasks` | tasks | median ms | p95 ms | max ms |\n"
            + "| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
      double[] times = EndpointTimes.time(reviewer, endpoint.getValue(), 0, MEASURED);
      report.append(
          String.format(
              Locale.ROOT,
              "| %s `%s` | %d | %.1f | %.1f | %.1f |%n",
              endpoint.getKey(),
              endpoint.getValue().replace(item, "{item}"),
              total(reviewer, endpoint.getValue()),
              EndpointTimes.percentile(times, 0.5),
              EndpointTimes.percentile(times, 0.95),
              times[times.length - 1]));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%n%d open tasks (%d offered to the reviewer's group, %d claimed by the reviewer)"
                + " generated in %d s; %d calls measured per endpoint after %d warm-up calls.%n",
            OPEN,
            IN_GROUP,
            CLAIMED,
            generated,
            MEASURED,
            WARM_UP));
    Path out = Path.of("target", "benchmarks", "work-queue.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /** The tasks the endpoint's list holds in all, as it answers. */
  private static long total(TestRestTemplate client, String path) {
    JsonNode total = client.getForObject(path, JsonNode.class).path("totalElements");
    assertThat(total.isIntegralNumber()).as(path).isTrue();
    return total.asLong();
  }

  /**
   * The open applications and their open tasks: one in five offered to the reviewers' group (a few
   * hundred of those claimed by the reviewer), the others to 40 groups of other departments; steps
   * due over the coming weeks (some overdue, one in twenty without a step limit), levels 70% green,
   * 20% yellow, 10% red (in the reviewer's group as over all), items alternating between the hall's
   * committed and instant items.
   */
  private void generate() {
    EndpointTimes.digits(jdbc);
    String numbers =
        "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n"
            + " FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f";
    String items = "IF(n % 2 = 0, '" + hall.committedItem() + "', '" + hall.instantItem() + "')";
    jdbc.update(
        "INSERT INTO application (id, number, item_code, department_code, handling_type,"
            + " enterprise_id, applicant_username, channel, status, form_json, created_at,"
            + " submitted_at, accepted_at, deadline, warning_level)"
            + " SELECT UUID(), CONCAT('BQ', LPAD(n, 12, '0')), "
            + items
            + ", ?, 'COMMITTED', ?, ?, 'ONLINE', 'UNDER_REVIEW', '{}',"
            + " UTC_TIMESTAMP() - INTERVAL n % 40 DAY, UTC_TIMESTAMP() - INTERVAL n % 40 DAY,"
            + " UTC_TIMESTAMP() - INTERVAL n % 30 DAY, UTC_TIMESTAMP() + INTERVAL (n % 40) - 4 DAY,"
            // the levels by n DIV 5, so that the reviewer's group (every fifth) holds them in these
            // shares
            + " IF(n DIV 5 % 10 = 0, 'RED', IF(n DIV 5 % 10 < 3, 'YELLOW', 'GREEN')) FROM ("
            + numbers
            + ") numbers WHERE n < "
            + OPEN,
        hall.department(),
        hall.applicant().id(),
        hall.enterprise());
    String group =
        "IF(n % 5 = 0, CONCAT(?, ':review'), CONCAT('other-', n % 40, ':', ELT(n % 3 + 1,"
            + " 'accept', 'review', 'decide')))";
    jdbc.update(
        "INSERT INTO work_task (task_id, application_id, application_number, item_name, task_key,"
            + " step, department_code, candidate_group, assignee, created_at, due_at,"
            + " warning_level, step_limit, limit_unit, handling_type, item_code, queue_rank)"
            + " SELECT CONCAT('bench-', n), a.id, a.number, '基准事项', 'review', 'REVIEW', ?, "
            + group
            + ", NULL, a.submitted_at + INTERVAL n % 72 HOUR,"
            + " IF(n % 20 = 7, NULL, UTC_TIMESTAMP() + INTERVAL (n % 600) - 60 HOUR),"
            + " a.warning_level, IF(n % 20 = 7, NULL, 3), 'WORKING_DAYS', 'COMMITTED', a.item_code,"
            // the queue's rank as V42 keeps it: the level, none of this work on the green channel
            + " CASE a.warning_level WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 2 WHEN 'GREEN' THEN 4"
            + " ELSE 6 END + 1"
            + " FROM ("
            + numbers
            + ") numbers JOIN application a ON a.number = CONCAT('BQ', LPAD(n, 12, '0'))"
            + " WHERE n < "
            + OPEN,
        hall.department(),
        hall.department());
    // the reviewer has claimed some of the group's tasks
    jdbc.update(
        "UPDATE work_task SET assignee = ? WHERE candidate_group = CONCAT(?, ':review')"
            + " AND task_id LIKE 'bench-%' ORDER BY task_id LIMIT "
            + CLAIMED,
        hall.reviewer(),
        hall.department());
    // the claimed ones stay counted in the group's 20,000
    jdbc.execute("DROP TABLE bench_digit");
    jdbc.execute("ANALYZE TABLE application, work_task");
  }
}
