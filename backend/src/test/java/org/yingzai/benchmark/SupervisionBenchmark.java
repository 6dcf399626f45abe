package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.IntegrationTest;

/**
 * Timing board and watch lists with 100,000 open and 1,000,000 finished applications: generates the
 * data with SQL, then times each endpoint over HTTP. Not part of the normal build; run it with
 * {@code ./mvnw -B -Pbenchmark verify} (see docs/benchmarks.md). It measures, it does not judge.
 */
@Tag("benchmark")
@IntegrationTest
class SupervisionBenchmark {

  private static final int OPEN = 100_000;
  private static final int FINISHED = 1_000_000;
  private static final int WARM_UP = 30;
  private static final int MEASURED = 200;
  // a scoreboard call reads a period's applications, not one page: fewer calls are measured
  private static final int SCOREBOARD_WARM_UP = 3;
  private static final int SCOREBOARD_MEASURED = 30;

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void timingBoardAndListsAtScale() throws IOException {
    long generating = System.nanoTime();
    generate();
    long generated = (System.nanoTime() - generating) / 1_000_000_000;
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class))
        .isGreaterThanOrEqualTo(OPEN + FINISHED);

    TestRestTemplate supervisor = http.withBasicAuth("supervisor", Api.DEMO_PASSWORD);
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("overview", "/api/supervision/overview");
    endpoints.put("overview, one department", "/api/supervision/overview?department=planning");
    endpoints.put(
        "overview, one item and period",
        "/api/supervision/overview?item=GX-PLAN-001&from=2026-01&to=2026-06");
    endpoints.put("overdue, first page", "/api/supervision/overdue?size=20");
    endpoints.put("overdue, page 50", "/api/supervision/overdue?size=20&page=50");
    endpoints.put("overdue past legal, first page", "/api/supervision/overdue?basis=LEGAL&size=20");
    endpoints.put("at-risk, one department", "/api/supervision/at-risk?size=20&department=market");
    endpoints.put("applications, RED, page 1", "/api/applications?warningLevel=RED&size=20");
    endpoints.put("process heatmap, last 90 days", "/api/supervision/process-heatmap");
    endpoints.put(
        "process heatmap, one department", "/api/supervision/process-heatmap?department=planning");
    endpoints.put("process heatmap, one item", "/api/supervision/process-heatmap?item=GX-PLAN-001");
    endpoints.put(
        "process heatmap, one quarter",
        "/api/supervision/process-heatmap?from=2026-01-01&to=2026-03-31");
    endpoints.put(
        "process heatmap, two years",
        "/api/supervision/process-heatmap?from=2025-01-01&to=2026-12-31");
    endpoints.put(
        "process heatmap, one item, 20 months from mid-month",
        "/api/supervision/process-heatmap?item=GX-MKT-002&from=2025-02-15&to=2026-10-20");
    endpoints.put(
        "waiting at review, first page",
        "/api/supervision/process-heatmap/tasks/review/waiting?size=20");
    endpoints.put(
        "waiting at review, one item, page 50",
        "/api/supervision/process-heatmap/tasks/review/waiting?item=GX-ENV-001&size=20&page=50");

    // the public scoreboard: every figure of the period and of the one before, anonymous
    // its whole months that are over are counted once, then kept: the first read counts them
    endpoints.put(
        "scoreboard, one year, first read (counts and keeps its months)",
        "/api/scoreboard?from=2025-01-01&to=2025-12-31");
    endpoints.put("scoreboard, one month", "/api/scoreboard?from=2026-03-01&to=2026-03-31");
    endpoints.put(
        "scoreboard, one year cut mid-month (both ends counted from the applications)",
        "/api/scoreboard?from=2025-07-15&to=2026-07-14");
    endpoints.put("scoreboard, six months", "/api/scoreboard?from=2026-01-01&to=2026-06-30");
    endpoints.put("scoreboard, one year", "/api/scoreboard?from=2025-07-01&to=2026-06-30");
    endpoints.put(
        "scoreboard drill-down, on time, one month, first page",
        "/api/supervision/scoreboard/applications?figure=onTime.promised&part=true"
            + "&from=2026-03-01&to=2026-03-31&size=20");
    endpoints.put(
        "scoreboard drill-down, taken at stations, one year, page 50",
        "/api/supervision/scoreboard/applications?figure=nearby.share&part=true"
            + "&from=2025-07-01&to=2026-06-30&size=20&page=50");

    StringBuilder report = new StringBuilder();
    report.append("| endpoint | median ms | p95 ms | max ms |\n| --- | ---: | ---: | ---: |\n");
    // -Dbenchmark.only=scoreboard times only the endpoints whose name contains it
    String only = System.getProperty("benchmark.only", "");
    for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
      if (!endpoint.getKey().contains(only)) {
        continue;
      }
      boolean scoreboard = endpoint.getKey().startsWith("scoreboard");
      boolean first = endpoint.getKey().contains("first read");
      double[] times =
          EndpointTimes.time(
              supervisor,
              endpoint.getValue(),
              first ? 0 : scoreboard ? SCOREBOARD_WARM_UP : WARM_UP,
              first ? 1 : scoreboard ? SCOREBOARD_MEASURED : MEASURED);
      report.append(
          String.format(
              "| %s `%s` | %.1f | %.1f | %.1f |%n",
              endpoint.getKey(),
              endpoint.getValue(),
              EndpointTimes.percentile(times, 0.5),
              EndpointTimes.percentile(times, 0.95),
              times[times.length - 1]));
    }
    report.append(
        String.format(
            "%n%d open and %d finished applications generated in %d s (%d open work-queue"
                + " rows, %d rows of finished tasks' hours); %d calls measured per endpoint after"
                + " %d warm-up calls (scoreboard: %d after %d).%n",
            OPEN,
            FINISHED,
            generated,
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM work_task WHERE completed_at IS NULL", Long.class),
            jdbc.queryForObject("SELECT COUNT(*) FROM task_duration", Long.class),
            MEASURED,
            WARM_UP,
            SCOREBOARD_MEASURED,
            SCOREBOARD_WARM_UP));
    Path out = Path.of("target", "benchmarks", "supervision.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /** Open and finished applications spread over the demo items, levels and two years. */
  private void generate() {
    EndpointTimes.digits(jdbc);
    String items =
        "ELT(n % 6 + 1, 'GX-PLAN-001', 'GX-PLAN-003', 'GX-MKT-002', 'GX-MKT-003',"
            + " 'GX-ENV-001', 'GX-ENV-002')";
    String departments =
        "ELT(n % 6 + 1, 'planning', 'planning', 'market', 'market', 'environment',"
            + " 'environment')";
    String numbers =
        "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 100000 * g.d AS n"
            + " FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f,"
            + " bench_digit g";
    List<String> batches = new ArrayList<>();
    // open: levels 70% green, 20% yellow, 10% red; deadlines around today
    batches.add(
        "INSERT INTO application (id, number, item_code, department_code, handling_type,"
            + " enterprise_id, applicant_username, channel, status, form_json, created_at,"
            + " submitted_at, accepted_at, deadline, legal_deadline, warning_level, clock_paused,"
            + " clock_paused_at)"
            + " SELECT UUID(), CONCAT('BO', LPAD(n, 12, '0')), "
            + items
            + ", "
            + departments
            + ", 'COMMITTED', 1 + n % 2, 'enterprise', 'ONLINE',"
            + " ELT(n % 4 + 1, 'UNDER_REVIEW', 'AWAITING_DECISION', 'PAUSED', 'SUBMITTED'), '{}',"
            + " UTC_TIMESTAMP() - INTERVAL n % 40 DAY, UTC_TIMESTAMP() - INTERVAL n % 40 DAY,"
            + " UTC_TIMESTAMP() - INTERVAL n % 30 DAY,"
            + " UTC_TIMESTAMP() + INTERVAL (n % 40) - 4 DAY,"
            + " UTC_TIMESTAMP() + INTERVAL (n % 40) - 4 + n % 15 DAY,"
            + " IF(n % 4 = 3, NULL, IF(n % 10 = 0, 'RED', IF(n % 10 < 3, 'YELLOW', 'GREEN'))),"
            + " n % 4 = 2, IF(n % 4 = 2, UTC_TIMESTAMP() - INTERVAL n % 5 DAY, NULL) FROM ("
            + numbers
            + ") numbers WHERE n < "
            + OPEN);
    // finished: spread over 2025 and 2026, histogram of net working days used
    batches.add(
        "INSERT INTO application (id, number, item_code, department_code, handling_type,"
            + " enterprise_id, applicant_username, channel, station_code, result_delivery,"
            + " status, form_json, created_at, submitted_at, accepted_at, finished_at, deadline,"
            + " legal_deadline)"
            + " SELECT UUID(), CONCAT('BF', LPAD(n, 12, '0')), "
            + items
            + ", "
            + departments
            + ", 'COMMITTED', 1 + n % 2, 'enterprise',"
            // one in ten taken at a town station, one in twenty-five at the hall
            + " IF(n % 10 = 3, 'STATION', IF(n % 25 = 1, 'HALL', 'ONLINE')),"
            + " IF(n % 10 = 3, 'station-xinglong', IF(n % 25 = 1, 'hall', NULL)),"
            + " IF(n % 10 = 3 AND n % 20 = 3, 'STATION', 'ONLINE'),"
            + " IF(n % 20 = 0, 'DENIED', 'APPROVED'), '{}',"
            + " TIMESTAMP('2025-01-01') + INTERVAL n % 700 DAY,"
            + " TIMESTAMP('2025-01-01') + INTERVAL n % 700 DAY,"
            + " TIMESTAMP('2025-01-02') + INTERVAL n % 700 DAY,"
            + " TIMESTAMP('2025-01-02') + INTERVAL (n % 700) + (n % 13) DAY,"
            + " TIMESTAMP('2025-01-02') + INTERVAL (n % 700) + 12 DAY,"
            + " TIMESTAMP('2025-01-02') + INTERVAL (n % 700) + 20 DAY FROM ("
            + numbers
            + ") numbers");
    // one finished application in ten rated by its enterprise the day after
    batches.add(
        "INSERT INTO rating (application_id, round, enterprise_id, rated_by, level,"
            + " department_code, item_code, rated_at)"
            + " SELECT id, 1, enterprise_id, 'enterprise', IF(CRC32(id) % 20 = 0, 'DISSATISFIED',"
            + " IF(CRC32(id) % 3 = 0, 'SATISFIED', 'VERY_SATISFIED')), department_code, item_code,"
            + " finished_at + INTERVAL 1 DAY FROM application"
            + " WHERE number LIKE 'BF%' AND CRC32(number) % 10 = 0");
    batches.add(
        "INSERT INTO finished_duration (item_code, department_code, month, working_days, on_time,"
            + " applications)"
            + " SELECT item_code, department_code, DATE_FORMAT(finished_at, '%Y-%m-01'),"
            + " DATEDIFF(finished_at, accepted_at), finished_at <= deadline, COUNT(*)"
            + " FROM application WHERE number LIKE 'BF%'"
            + " GROUP BY item_code, department_code, DATE_FORMAT(finished_at, '%Y-%m-01'),"
            + " DATEDIFF(finished_at, accepted_at), finished_at <= deadline"
            + " ON DUPLICATE KEY UPDATE applications = finished_duration.applications"
            + " + VALUES(applications)");
    // the open task of each open application, as the work queue keeps it
    batches.add(
        "INSERT INTO work_task (task_id, application_id, application_number, item_name, task_key,"
            + " step, department_code, candidate_group, created_at, warning_level, handling_type,"
            + " item_code, queue_rank)"
            + " SELECT CONCAT('bench-', a.id), a.id, a.number, a.item_code, t.task_key, t.step,"
            + " a.department_code, CONCAT(a.department_code, ':', LOWER(t.step)),"
            + " a.submitted_at + INTERVAL CRC32(a.id) % 72 HOUR, a.warning_level, 'COMMITTED',"
            + " a.item_code, CASE a.warning_level WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 2"
            + " WHEN 'GREEN' THEN 4 ELSE 6 END + 1"
            + " FROM application a JOIN (SELECT 'SUBMITTED' AS status, 'accept' AS task_key,"
            + " 'ACCEPT' AS step UNION ALL SELECT 'UNDER_REVIEW', 'review', 'REVIEW'"
            + " UNION ALL SELECT 'AWAITING_DECISION', 'decide', 'DECIDE'"
            + " UNION ALL SELECT 'PAUSED', 'specialProcedure', 'REVIEW') t ON t.status = a.status"
            + " WHERE a.number LIKE 'BO%'");
    // the finished applications' tasks, as TaskDurations adds them when each is completed: day
    // and month rows per department, item, task, outcome and class of hours taken
    String finishedDay = "DATE('2025-01-02') + INTERVAL (n % 700) + (n % 13) DAY";
    String[][] finishedTasks = {
      // task, outcome, which applications, hours taken, days before the decision
      {"accept", "'REQUEST_SUPPLEMENT'", "n % 10 = 0", "1 + n % 47", "12"},
      {"supplementBeforeAcceptance", "'REQUEST_SUPPLEMENT'", "n % 10 = 0", "5 + n % 190", "11"},
      {"accept", "'ACCEPT'", "TRUE", "0.5 + n % 30", "10"},
      {"review", "'REQUEST_SUPPLEMENT'", "n % 7 = 0", "2 + n % 120", "9"},
      {"supplementDuringReview", "'REQUEST_SUPPLEMENT'", "n % 7 = 0", "10 + n % 300", "6"},
      {"review", "'SPECIAL_PROCEDURE'", "n % 19 = 0", "2 + n % 120", "8"},
      {"specialProcedure", "'PROCEDURE_FINISHED'", "n % 19 = 0", "48 + n % 700", "4"},
      {"review", "'PASS'", "TRUE", "1 + n % 96", "2"},
      {"decide", "IF(n % 20 = 0, 'DENY', 'APPROVE')", "TRUE", "0.2 + n % 36", "0"},
    };
    List<String> tasks = new ArrayList<>();
    for (String[] task : finishedTasks) {
      tasks.add(
          "SELECT "
              + finishedDay
              + " - INTERVAL "
              + task[4]
              + " DAY AS day, "
              + departments
              + " AS department_code, "
              + items
              + " AS item_code, '"
              + task[0]
              + "' AS task_key, "
              + task[1]
              + " AS outcome, "
              + task[3]
              + " AS hours FROM ("
              + numbers
              + ") numbers WHERE "
              + task[2]);
    }
    batches.add(
        "INSERT INTO task_duration (granularity, period_start, department_code, item_code,"
            + " task_key, outcome, hours_class, tasks)"
            + " SELECT 'DAY', day, department_code, item_code, task_key, outcome,"
            + " IF(hours < 24, FLOOR(hours), 24 + FLOOR(LN(hours / 24) / LN(1.1))) AS hours_class,"
            + " COUNT(*) FROM ("
            + String.join(" UNION ALL ", tasks)
            + ") tasks GROUP BY day, department_code, item_code, task_key, outcome, hours_class");
    batches.add(
        "INSERT INTO task_duration (granularity, period_start, department_code, item_code,"
            + " task_key, outcome, hours_class, tasks)"
            + " SELECT 'MONTH', DATE_FORMAT(period_start, '%Y-%m-01'), department_code, item_code,"
            + " task_key, outcome, hours_class, SUM(tasks) FROM task_duration"
            + " WHERE granularity = 'DAY' GROUP BY DATE_FORMAT(period_start, '%Y-%m-01'),"
            + " department_code, item_code, task_key, outcome, hours_class");
    batches.forEach(jdbc::execute);
    jdbc.execute("DROP TABLE bench_digit");
    jdbc.execute("ANALYZE TABLE application, finished_duration, work_task, task_duration, rating");
  }
}
