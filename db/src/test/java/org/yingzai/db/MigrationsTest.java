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
        .dataSource(url, EmbeddedMariaDb.USERNAME, "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "");
        Statement statement = connection.createStatement()) {
      assertThat(count(statement, "SELECT COUNT(*) FROM app_user")).isZero();
      assertThat(count(statement, "SELECT COUNT(*) FROM enterprise")).isZero();
      assertThat(count(statement, "SELECT COUNT(*) FROM service_item")).isZero();
      // reference data is not demo data: the published calendars ship with production
      assertThat(count(statement, "SELECT COUNT(*) FROM calendar_year")).isGreaterThanOrEqualTo(2);
    }
  }

  private static long count(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
