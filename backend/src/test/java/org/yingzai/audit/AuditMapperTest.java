package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.MapperTest;

/**
 * The audit records' inserts against the real MariaDB: a transaction's one record and several
 * records at once are stored alike, every column as it was given.
 */
@MapperTest
class AuditMapperTest {

  // far past any chain a test builds, so that these seqs are free whatever else the table holds
  private static final long SEQ = Long.MAX_VALUE - 1_000;

  @Autowired AuditMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private static AuditRecord record(long seq, String applicationId, String reason) {
    return new AuditRecord(
        seq,
        Instant.parse("2026-12-08T02:30:15Z"),
        "clerk-" + seq % 10,
        "CLERK",
        "127.0.0.1",
        "task",
        "t-" + seq,
        applicationId,
        "COMPLETED",
        reason,
        "d".repeat(64),
        "p".repeat(64),
        "h".repeat(64));
  }

  private List<AuditRecord> stored(long from, long to) {
    return jdbc.query(
        "SELECT seq, at, actor, role, address, object_type, object_id, application_id, action,"
            + " reason, digest, prev_hash, hash FROM audit_record WHERE seq BETWEEN ? AND ?"
            + " ORDER BY seq",
        AuditMapperTest::read,
        from,
        to);
  }

  private static AuditRecord read(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(
        rs.getLong("seq"),
        rs.getTimestamp("at").toInstant(),
        rs.getString("actor"),
        rs.getString("role"),
        rs.getString("address"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("application_id"),
        rs.getString("action"),
        rs.getString("reason"),
        rs.getString("digest"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }

  @Test
  void aTransactionsOneRecordIsStoredWithEveryColumn() {
    AuditRecord one = record(SEQ, "app-1", "退回：材料不全");

    mapper.insertOne(one);

    assertThat(stored(SEQ, SEQ)).containsExactly(one);
  }

  @Test
  void severalRecordsAreStoredInOneInsertAsOneAtATimeWouldBe() {
    AuditRecord first = record(SEQ + 1, "app-2", null);
    AuditRecord second = record(SEQ + 2, null, "登录失败");

    mapper.insert(List.of(first, second));

    assertThat(stored(SEQ + 1, SEQ + 2)).containsExactly(first, second);
  }
}
