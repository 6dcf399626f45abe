package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.HallProcess;

/**
 * The verify command as operators run it ({@code --yingzai.audit.verify}, README): a service hall
 * of its own, started on a database whose chain the test wrote, exits 0 when the chain is intact
 * and 1 naming the record a database administrator edited.
 */
// the command is started on a database of its own on the embedded server
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class AuditVerifyCommandTest {

  private static final Duration RUN = Duration.ofMinutes(3);

  @Test
  void exitsZeroOnAnIntactTrailAndOneNamingTheEditedRecord() throws InterruptedException {
    String url = EmbeddedMariaDb.start(null).createDatabase("yingzai_audit_verify");
    DriverManagerDataSource database =
        new DriverManagerDataSource(
            url, EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.start(null).password());
    // the service hall's own migrations, so that the command finds its schema as it left it
    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(database);
    List<AuditRecord> chain = append(jdbc, 5);

    int intact;
    String intactLog;
    try (HallProcess command = HallProcess.start("audit-verify-intact", arguments(url))) {
      intact = command.awaitExit(RUN);
      intactLog = command.log();
    }
    assertThat(intact).as(intactLog).isZero();
    assertThat(intactLog).contains("Audit trail intact: 5 records");

    AuditRecord edited = chain.get(2);
    Dba.withoutTriggers(
        jdbc,
        () ->
            jdbc.update("UPDATE audit_record SET reason = ? WHERE seq = ?", "材料不全", edited.seq()));

    int broken;
    String brokenLog;
    try (HallProcess command = HallProcess.start("audit-verify-broken", arguments(url))) {
      broken = command.awaitExit(RUN);
      brokenLog = command.log();
    }
    assertThat(broken).as(brokenLog).isEqualTo(1);
    assertThat(brokenLog)
        .contains("Audit trail BROKEN at record " + edited.seq() + " (5 records)")
        .doesNotContain("Audit trail intact");
  }

  // what README's command passes, with this test's database in place of the configured one
  private static List<String> arguments(String url) {
    return List.of(
        "--yingzai.audit.verify",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + EmbeddedMariaDb.USERNAME,
        "--spring.datasource.password=" + EmbeddedMariaDb.start(null).password(),
        // a command runs with a node's configuration, its secrets included
        "--yingzai.intake.id-number-key=dGVzdC1rZXktb2YtdGhlLXNlcnZpY2UtaGFsbC10c3Q=");
  }

  /** Appends records chained as the service hall chains them, and moves the head to the last. */
  private static List<AuditRecord> append(JdbcTemplate jdbc, int count) {
    AuditChain chain = new AuditChain();
    Instant at = Instant.parse("2026-11-28T01:30:00Z");
    String prev = AuditChain.GENESIS;
    List<AuditRecord> records = new ArrayList<>();
    for (long seq = 1; seq <= count; seq++) {
      String application = "00000000-0000-0000-0000-00000000000" + seq;
      AuditRecord unhashed =
          new AuditRecord(
              seq,
              at.plusSeconds(seq),
              seq % 2 == 0 ? "clerk-" + seq : "enterprise-" + seq,
              seq % 2 == 0 ? "CLERK" : "ENTERPRISE",
              seq == 1 ? null : "127.0.0.1",
              "application",
              application,
              application,
              seq == 1 ? "DRAFT_CREATED" : "COMPLETED",
              seq == 1 ? null : "材料齐全，予以受理",
              chain.digest(Map.of("seq", seq)),
              prev,
              null);
      AuditRecord record = unhashed.withHash(chain.hash(prev, unhashed));
      jdbc.update(
          "INSERT INTO audit_record (seq, at, actor, role, address, object_type, object_id,"
              + " application_id, action, reason, digest, prev_hash, hash)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          record.seq(),
          Timestamp.from(record.at()),
          record.actor(),
          record.role(),
          record.address(),
          record.objectType(),
          record.objectId(),
          record.applicationId(),
          record.action(),
          record.reason(),
          record.digest(),
          record.prevHash(),
          record.hash());
      records.add(record);
      prev = record.hash();
    }
    jdbc.update("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", count, prev);
    return records;
  }
}
