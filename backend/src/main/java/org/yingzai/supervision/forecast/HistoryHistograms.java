package org.yingzai.supervision.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The histograms the board reads, for the generated history: the working days finished applications
 * used, and the hours finished tasks took, as finishing and completing them add them.
 */
final class HistoryHistograms {

  private final JdbcTemplate jdbc;

  HistoryHistograms(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the finished applications (counted by item, department, month, working days used and on
   * time) and the finished tasks of the applications numbered with the prefix.
   */
  void add(Map<List<Object>, Integer> histogram, String prefix) {
    List<Object[]> counts = new ArrayList<>();
    histogram.forEach(
        (key, count) ->
            counts.add(
                new Object[] {
                  key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), count, count
                }));
    jdbc.batchUpdate(
        "INSERT INTO finished_duration (item_code, department_code, month, working_days, on_time,"
            + " applications) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE applications = applications + ?",
        counts);
    taskDurations(prefix);
  }

  // the process heatmap's histogram of the generated finished tasks, as completing them adds it
  // (the same classes as the migration that introduced it)
  private void taskDurations(String prefix) {
    for (String granularity : List.of("DAY", "MONTH")) {
      String period =
          "DAY".equals(granularity)
              ? "DATE(w.completed_at + INTERVAL 8 HOUR)"
              : "DATE_FORMAT(w.completed_at + INTERVAL 8 HOUR, '%Y-%m-01')";
      jdbc.update(
          "INSERT INTO task_duration (granularity, period_start, department_code, item_code,"
              + " task_key, outcome, hours_class, tasks)"
              // the counts in a derived table the update can name: MySQL 8 deprecates VALUES(col)
              + " SELECT * FROM (SELECT ? AS granularity, period_start, department_code,"
              + " item_code, task_key, outcome, hours_class, COUNT(*) AS counted FROM (SELECT "
              + period
              + " AS period_start, w.department_code, w.item_code, w.task_key, w.outcome,"
              + " CASE WHEN TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) < 86400"
              + " THEN GREATEST(0, FLOOR(TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) / 3600))"
              + " ELSE 24 + FLOOR(LN(TIMESTAMPDIFF(SECOND, w.created_at, w.completed_at) / 86400)"
              + " / LN(1.1)) END AS hours_class"
              + " FROM work_task w"
              + " WHERE w.application_number LIKE ? AND w.completed_at IS NOT NULL"
              + " AND w.outcome IS NOT NULL) finished"
              + " GROUP BY period_start, department_code, item_code, task_key, outcome, hours_class)"
              + " finished_tasks"
              + " ON DUPLICATE KEY UPDATE tasks = task_duration.tasks + finished_tasks.counted",
          granularity,
          prefix + "%");
    }
  }
}
