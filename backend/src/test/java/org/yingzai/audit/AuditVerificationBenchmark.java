package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.IntegrationTest;

/**
 * Verifying 1,000,000 records: appends them to the chain with batched SQL, then times the
 * verification. Not part of the normal build; run it with {@code ./mvnw -B -Pbenchmark verify} (see
 * docs/benchmarks.md). It measures, it does not judge.
 */
@Tag("benchmark")
@IntegrationTest
class AuditVerificationBenchmark {

  private static final int RECORDS = 1_000_000;
  private static final int BATCH = 5_000;

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditMapper mapper;
  @Autowired AuditVerification verification;

  @Test
  void verifiesAMillionRecords() throws IOException {
    long generating = System.nanoTime();
    generate();
    long generated = (System.nanoTime() - generating) / 1_000_000_000;

    verification.verify(); // warm-up: the buffer pool and the JIT
    long start = System.nanoTime();
    Verification result = verification.verify();
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(result.valid()).isTrue();
    assertThat(result.records()).isGreaterThanOrEqualTo(RECORDS);
    String report =
        String.format(
            "Verified %d records in %.1f s (%.0f records/s); generated in %d s.%n",
            result.records(), seconds, result.records() / seconds, generated);
    System.out.print(report);
    Path out = Path.of("target/benchmarks/audit.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  // the chain continued from its head, as the service hall appends it, in batches of rows
  private void generate() {
    AuditHead head = mapper.head();
    AuditChain chain = new AuditChain();
    String prev = head.hash();
    long seq = head.seq();
    Instant at = Instant.parse("2026-01-05T01:00:00Z");
    String digest = chain.digest(null);
    List<Object[]> rows = new ArrayList<>(BATCH);
    for (int i = 0; i < RECORDS; i++) {
      seq++;
      AuditRecord record =
          new AuditRecord(
              seq,
              at.plusSeconds(i / 10),
              "clerk-" + (i % 50),
              "CLERK",
              "10.0.0." + (i % 200),
              "task",
              Long.toString(seq),
              "00000000-0000-0000-0000-" + String.format("%012d", i / 5),
              "COMPLETED",
              i % 3 == 0 ? "材料齐全，予以受理" : null,
              digest,
              prev,
              null);
      String hash = chain.hash(prev, record);
      rows.add(
          new Object[] {
            seq,
            Timestamp.from(record.at()),
            record.actor(),
            record.role(),
            record.address(),
            record.objectType(),
            record.objectId(),
            record.applicationId(),
            record.action(),
            record.reason(),
            digest,
            prev,
            hash
          });
      prev = hash;
      if (rows.size() == BATCH) {
        insert(rows);
      }
    }
    insert(rows);
    mapper.updateHead(seq, prev);
  }

  private void insert(List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO audit_record (seq, at, actor, role, address, object_type, object_id,"
              + " application_id, action, reason, digest, prev_hash, hash)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          rows);
      rows.clear();
    }
  }
}
