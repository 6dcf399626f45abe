package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.files.ContentFilesConfiguration;
import org.yingzai.support.MapperTest;

/**
 * Records older than 180 days move to archive files and the chain still verifies from the genesis
 * through the files into the table; the database refuses to delete what is not archived and old,
 * and a changed, missing or forged archive is named. The trail here is a database of its own, so
 * that each test starts from an empty one.
 */
@MapperTest
@Import({
  AuditArchiving.class,
  AuditVerification.class,
  AuditTrail.class,
  AuditAppender.class,
  AuditConfiguration.class,
  ContentFilesConfiguration.class,
  AuditArchivingTest.SystemClock.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
// a database of its own on the embedded server; an external one is not the test's to empty
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class AuditArchivingTest {

  private static final Path DIR = Path.of("target", "audit-archiving-test");
  private static final Path FILES = Path.of("target", "audit-archiving-test-files");
  private static final Instant LONG_AGO = Instant.parse("2025-01-06T02:00:00Z");

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    String url = EmbeddedMariaDb.start(null).createDatabase("yingzai_audit_archive");
    properties.add("spring.datasource.url", () -> url);
    properties.add("spring.datasource.username", () -> EmbeddedMariaDb.USERNAME);
    properties.add("spring.datasource.password", () -> EmbeddedMariaDb.start(null).password());
    properties.add("yingzai.audit.archive.dir", DIR::toString);
    properties.add("yingzai.files.dir", FILES::toString);
    properties.add("yingzai.audit.archive.batch", () -> "3");
  }

  @TestConfiguration
  static class SystemClock {
    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired AuditAppender appender;
  @Autowired AuditArchiving archiving;
  @Autowired AuditVerification verification;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void emptyTrail() throws IOException {
    Dba.emptyTrail(jdbc);
    for (Path dir : List.of(DIR, FILES)) {
      if (Files.isDirectory(dir)) {
        try (var files = Files.walk(dir)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(file);
          }
        }
      }
    }
  }

  /** Where the stored files keep the archive of the stretch that begins at the seq. */
  private Path stored(long fromSeq) {
    String sha256 =
        jdbc.queryForObject(
            "SELECT file_sha256 FROM audit_archive WHERE from_seq = ?", String.class, fromSeq);
    return FILES.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private void append(Instant at, int count) {
    List<PendingEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(
          new PendingEntry(
              at.plus(i, ChronoUnit.MINUTES),
              "clerk-" + i,
              "CLERK",
              "10.0.0.7",
              "task",
              "t-" + i,
              "a-1",
              "COMPLETED",
              "材料齐全 " + i,
              new AuditChain().digest(null)));
    }
    // one transaction per record, as actions are
    for (PendingEntry entry : entries) {
      new TransactionTemplate(transactions)
          .executeWithoutResult(status -> appender.append(List.of(entry)));
    }
  }

  private List<Long> seqsInTable() {
    return jdbc.queryForList("SELECT seq FROM audit_record ORDER BY seq", Long.class);
  }

  @Test
  void recordsOlderThanTheRetentionMoveToFilesAndTheChainStillVerifies() {
    append(LONG_AGO, 5);
    append(Instant.now().truncatedTo(ChronoUnit.SECONDS), 2);

    List<AuditArchive> archived = archiving.archive();

    assertThat(archived)
        .extracting(AuditArchive::fromSeq, AuditArchive::toSeq)
        .containsExactly(tuple(1L, 3L), tuple(4L, 5L));
    assertThat(archived.get(1).prevHash()).isEqualTo(archived.get(0).lastHash());
    assertThat(stored(1)).isRegularFile();
    assertThat(stored(4)).isRegularFile();
    assertThat(archived.get(0).fileName()).isEqualTo("audit-000000000001-000000000003.jsonl.gz");
    // the recent two, and each archiving's own record
    assertThat(seqsInTable()).containsExactly(6L, 7L, 8L, 9L);
    assertThat(
            jdbc.queryForList(
                "SELECT object_id FROM audit_record WHERE action = 'TRAIL_ARCHIVED' ORDER BY seq",
                String.class))
        .containsExactly("1-3", "4-5");

    assertThat(verification.verify()).isEqualTo(new Verification(true, 9, 5, null));
    // nothing new is old enough
    assertThat(archiving.archive()).isEmpty();
  }

  @Test
  void theDatabaseRefusesToDeleteRecordsThatAreNotArchivedOrNotOldEnough() {
    append(LONG_AGO, 2);
    append(Instant.now().truncatedTo(ChronoUnit.SECONDS), 1);

    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE seq = 1"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only until archived");
    // a stretch claimed for the recent record does not let it go either
    jdbc.update(
        "INSERT INTO audit_archive (from_seq, to_seq, prev_hash, last_hash, first_at, last_at,"
            + " file_name, file_sha256, archived_at) VALUES (3, 3, ?, ?, NOW(), NOW(), 'x', ?,"
            + " NOW())",
        AuditChain.GENESIS,
        AuditChain.GENESIS,
        AuditChain.GENESIS);
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE seq = 3"))
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_archive"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(seqsInTable()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aStretchForgedToDeleteOldRecordsIsNamedAtItsFirstRecord() {
    append(LONG_AGO, 4);
    List<String> hashes =
        jdbc.queryForList("SELECT hash FROM audit_record ORDER BY seq", String.class);
    // the hall's own database user may add a stretch row: without its file it proves nothing
    jdbc.update(
        "INSERT INTO audit_archive (from_seq, to_seq, prev_hash, last_hash, first_at, last_at,"
            + " file_name, file_sha256, archived_at) VALUES (1, 2, ?, ?, NOW(), NOW(),"
            + " 'audit-000000000001-000000000002.jsonl.gz', ?, NOW())",
        AuditChain.GENESIS,
        hashes.get(1),
        AuditChain.GENESIS);
    jdbc.update("DELETE FROM audit_record WHERE seq <= 2");

    assertThat(verification.verify()).isEqualTo(new Verification(false, 4, 2, 1L));
  }

  @Test
  void aChangedArchiveFileIsNamedAtTheRecordChangedAndAMissingOneAtItsFirstRecord()
      throws IOException {
    append(LONG_AGO, 3);
    append(Instant.now().truncatedTo(ChronoUnit.SECONDS), 1);
    archiving.archive();
    Path file = stored(1);
    byte[] original = Files.readAllBytes(file);

    String text = gunzip(original).replace("材料齐全 1", "材料不全 1");
    Files.write(file, gzip(text));
    assertThat(verification.verify().firstBroken()).isEqualTo(2L);

    Files.delete(file);
    assertThat(verification.verify()).isEqualTo(new Verification(false, 5, 3, 1L));

    Files.write(file, original);
    assertThat(verification.verify()).isEqualTo(new Verification(true, 5, 3, null));
  }

  @Test
  void anArchiveFileWithTheSameRecordsInOtherBytesIsNotTheFileArchived() throws IOException {
    append(LONG_AGO, 2);
    archiving.archive();
    Path file = stored(1);
    // an empty second gzip member: the same lines are read, the bytes are not those archived
    byte[] original = Files.readAllBytes(file);
    byte[] empty = gzip("");
    byte[] longer = Arrays.copyOf(original, original.length + empty.length);
    System.arraycopy(empty, 0, longer, original.length, empty.length);
    Files.write(file, longer);

    assertThat(verification.verify()).isEqualTo(new Verification(false, 3, 2, 1L));
  }

  @Test
  void anArchiveOfTheArchiveFolderIsReadThereAndMovedIntoTheStoredFiles() throws IOException {
    append(LONG_AGO, 2);
    archiving.archive();
    // as archiving left it before archives became stored files
    Files.createDirectories(DIR);
    Path legacy = DIR.resolve("audit-000000000001-000000000002.jsonl.gz");
    Path stored = stored(1);
    Files.move(stored, legacy);

    assertThat(verification.verify()).isEqualTo(new Verification(true, 3, 2, null));

    archiving.archive();
    assertThat(stored).isRegularFile();
    assertThat(Files.readAllBytes(stored)).isEqualTo(Files.readAllBytes(legacy));
    Files.delete(legacy);
    assertThat(verification.verify()).isEqualTo(new Verification(true, 3, 2, null));
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
