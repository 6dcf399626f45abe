package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.MapperTest;

/**
 * A timestamp bound to a statement reaches the database as it was, after 2038 too (deadlines,
 * validities and the tests' engine clock go past it). With the statements prepared on the server
 * ({@code useServerPrepStmts}), MariaDB stored such a value as NULL: that is why the pool's
 * properties in application.yml leave the statements prepared in the client.
 */
@MapperTest
class TimestampsAfter2038Test {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aTimestampAfter2038IsStoredAsItIs() {
    Instant at = Instant.parse("2040-11-01T00:00:00Z");
    String hash = "0".repeat(64);

    // an audit record of its own, rolled back with the test
    jdbc.update(
        "INSERT INTO audit_record (seq, at, actor, role, object_type, object_id, action, digest,"
            + " prev_hash, hash) VALUES (?, ?, 'clerk', 'CLERK', 'test', 'after-2038', 'test', ?,"
            + " ?, ?)",
        Long.MAX_VALUE,
        Timestamp.from(at),
        hash,
        hash,
        hash);

    assertThat(
            jdbc.queryForObject(
                "SELECT at FROM audit_record WHERE seq = ?", LocalDateTime.class, Long.MAX_VALUE))
        .isEqualTo(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
