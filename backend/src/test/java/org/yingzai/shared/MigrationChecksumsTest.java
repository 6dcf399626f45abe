package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yingzai.db.EmbeddedMariaDb;

/** A database migrated before V3 quoted its column keeps migrating, without a repair by hand. */
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class MigrationChecksumsTest {

  @Test
  void aDatabaseMigratedWithTheUnquotedV3TakesTheNewChecksumAndValidates() {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            server.createDatabase("yingzai_checksums"),
            EmbeddedMariaDb.USERNAME,
            server.password());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    MigrationChecksums.Correction v3 = MigrationChecksums.CORRECTIONS.get(0);
    flyway(dataSource, false).migrate();
    assertThat(checksum(jdbc, v3.version())).isEqualTo(v3.after());

    // as a database migrated with the text before the correction has it
    jdbc.update(
        "UPDATE flyway_schema_history SET checksum = ? WHERE version = ?",
        v3.before(),
        v3.version());
    assertThatThrownBy(() -> flyway(dataSource, false).migrate())
        .isInstanceOf(FlywayValidateException.class);

    flyway(dataSource, true).migrate();
    assertThat(checksum(jdbc, v3.version())).isEqualTo(v3.after());
  }

  private static Flyway flyway(DriverManagerDataSource dataSource, boolean withCorrections) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .callbacks(
            withCorrections
                ? new MigrationChecksums[] {new MigrationChecksums()}
                : new MigrationChecksums[0])
        .load();
  }

  private static int checksum(JdbcTemplate jdbc, String version) {
    return jdbc.queryForObject(
        "SELECT checksum FROM flyway_schema_history WHERE version = ?", Integer.class, version);
  }
}
