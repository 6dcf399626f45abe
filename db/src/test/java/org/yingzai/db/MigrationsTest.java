package org.yingzai.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The production migrations on a fresh MariaDB: they apply cleanly and carry no demo data. */
class MigrationsTest {

  @Test
  void productionMigrationsApplyAndLoadNoDemoAccountsOrItems() throws Exception {
    String url = EmbeddedMariaDb.start(null).createDatabase("migrations_test");
    Flyway.configure()
        .dataSource(url, EmbeddedMariaDb.USERNAME, password())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection connection =
            DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, password());
        Statement statement = connection.createStatement()) {
      assertThat(count(statement, "SELECT COUNT(*) FROM app_user")).isZero();
      assertThat(count(statement, "SELECT COUNT(*) FROM enterprise")).isZero();
      assertThat(count(statement, "SELECT COUNT(*) FROM service_item")).isZero();
      // reference data is not demo data: the published calendars ship with production
      assertThat(count(statement, "SELECT COUNT(*) FROM calendar_year")).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theProofCatalogueTakesOverTheDispositionsOfExistingMaterials() throws Exception {
    String url = EmbeddedMariaDb.start(null).createDatabase("proof_upgrade_test");
    flyway(url, "14").migrate();
    try (Connection connection =
            DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO department (code, name, created_at) VALUES ('dept', '某局', NOW())");
      statement.execute(
          "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
              + " legal_limit, promised_limit) VALUES ('I1', '事项', 'dept', 'EXIT', 'INSTANT', 3, 0)");
      statement.execute(
          "INSERT INTO item_material (item_code, code, name, kind, required, disposition)"
              + " VALUES ('I1', 'M01', '申请表', 'FORM', TRUE, NULL),"
              + " ('I1', 'M02', '营业执照', 'PROOF', TRUE, 'DATA_SHARING'),"
              + " ('I1', 'M03', '住所证明', 'PROOF', TRUE, 'COMMITMENT'),"
              + " ('I1', 'M04', '土地证明', 'PROOF', FALSE, 'REQUIRED')");
    }

    flyway(url, "latest").migrate();

    try (Connection connection =
            DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, password());
        Statement statement = connection.createStatement()) {
      assertThat(
              text(
                  statement,
                  "SELECT GROUP_CONCAT(CONCAT_WS(':', m.code, p.disposition, p.provider,"
                      + " p.fallback) ORDER BY m.code) FROM item_material m"
                      + " JOIN proof p ON p.code = m.proof_code"))
          .isEqualTo("M02:DATA_SHARING:unconfigured:UPLOAD,M03:COMMITMENT,M04:REQUIRED");
      assertThat(
              text(
                  statement,
                  "SELECT CONCAT(t.version, ':', t.sha256 = SHA2(t.text, 256)) FROM proof p"
                      + " JOIN proof_commitment_text t ON t.proof_code = p.code"
                      + " WHERE p.name = '住所证明'"))
          .isEqualTo("1:1");
      assertThat(count(statement, "SELECT COUNT(*) FROM item_material WHERE proof_code IS NULL"))
          .isEqualTo(1);
    }
  }

  @Test
  void theHeatmapsHistogramTakesOverTheTasksFinishedBeforeItPerDayAndMonth() throws Exception {
    String url = EmbeddedMariaDb.start(null).createDatabase("heatmap_upgrade_test");
    flyway(url, "30").migrate();
    try (Connection connection =
            DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO department (code, name, created_at) VALUES ('dept', '某局', NOW())");
      statement.execute(
          "INSERT INTO service_item (code, name, department_code, theme, handling_type,"
              + " legal_limit, promised_limit) VALUES ('I1', '事项', 'dept', 'EXIT', 'COMMITTED',"
              + " 20, 8)");
      statement.execute(
          "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
              + " VALUES ('91370500MA3C12346D', '某公司', '张三', NOW())");
      statement.execute(
          "INSERT INTO application (id, item_code, department_code, handling_type, enterprise_id,"
              + " applicant_username, status, form_json, created_at) SELECT"
              + " 'a0000000-0000-4000-8000-000000000001', 'I1', 'dept', 'COMMITTED', id, 'u',"
              + " 'APPROVED', '{}', NOW() FROM enterprise");
      // two reviews finished in 2 and 3 hours on 1 and 2 March (Asia/Shanghai), one decision in
      // two days on 2 March: times are kept in UTC
      statement.execute(
          "INSERT INTO work_task (task_id, application_id, application_number, item_name,"
              + " task_key, step, department_code, candidate_group, created_at, completed_at,"
              + " outcome, handling_type) VALUES"
              + " ('t1', 'a0000000-0000-4000-8000-000000000001', 'YZ1', '事项', 'review', 'REVIEW',"
              + " 'dept', 'dept:review', '2026-03-01 01:00:00', '2026-03-01 03:00:00', 'PASS',"
              + " 'COMMITTED'),"
              + " ('t2', 'a0000000-0000-4000-8000-000000000001', 'YZ1', '事项', 'review', 'REVIEW',"
              + " 'dept', 'dept:review', '2026-03-02 01:00:00', '2026-03-02 04:00:00', 'PASS',"
              + " 'COMMITTED'),"
              + " ('t3', 'a0000000-0000-4000-8000-000000000001', 'YZ1', '事项', 'decide', 'DECIDE',"
              + " 'dept', 'dept:decide', '2026-02-28 02:00:00', '2026-03-02 02:00:00', 'APPROVE',"
              + " 'COMMITTED')");
    }

    flyway(url, "31").migrate();

    try (Connection connection =
            DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, password());
        Statement statement = connection.createStatement()) {
      assertThat(
              text(
                  statement,
                  "SELECT GROUP_CONCAT(CONCAT_WS(':', granularity, period_start, task_key,"
                      + " item_code, hours_class, tasks) ORDER BY granularity, period_start,"
                      + " task_key, hours_class) FROM task_duration"))
          .isEqualTo(
              "DAY:2026-03-01:review:I1:2:1,DAY:2026-03-02:decide:I1:31:1,"
                  + "DAY:2026-03-02:review:I1:3:1,MONTH:2026-03-01:decide:I1:31:1,"
                  + "MONTH:2026-03-01:review:I1:2:1,MONTH:2026-03-01:review:I1:3:1");
    }
  }

  private static Flyway flyway(String url, String target) {
    return Flyway.configure()
        .dataSource(url, EmbeddedMariaDb.USERNAME, password())
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  private static String password() {
    return EmbeddedMariaDb.start(null).password();
  }

  private static String text(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static long count(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
