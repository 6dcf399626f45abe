package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.yingzai.db.EmbeddedMariaDb;
import org.yingzai.support.HallProcess;
import org.yingzai.support.ObjectStore;

/**
 * The copy command as operators run it ({@code --yingzai.files.migrate-to-object-store},
 * docs/operations.md): a service hall of its own copies its folder of stored files into the bucket,
 * verifies each, and exits 0.
 */
// the command is started on a database of its own on the embedded server
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class ObjectStoreMigrationCommandTest {

  private static final Duration RUN = Duration.ofMinutes(3);

  @Test
  void copiesTheFolderIntoTheBucketAndExitsZero() throws Exception {
    ObjectStore server = ObjectStore.server();
    String bucket = server.bucket("migration-command-test");
    String url = EmbeddedMariaDb.start(null).createDatabase("yingzai_files_migrate");
    Flyway.configure()
        .dataSource(
            new DriverManagerDataSource(
                url, EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.start(null).password()))
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Path folder = Path.of("target", "migration-command-test").toAbsolutePath();
    if (Files.isDirectory(folder)) {
      try (var paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    FolderContentFiles from = new FolderContentFiles(folder);
    List<String> sha256s = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sha256s.add(from.store(FolderContentFilesTest.bytes(20_000 + i, 500 + i)));
    }

    List<String> arguments = new ArrayList<>();
    arguments.add("--yingzai.files.migrate-to-object-store");
    arguments.add("--yingzai.files.migrate-since=2000-01-01T00:00:00Z");
    arguments.add("--yingzai.files.dir=" + folder);
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--spring.datasource.username=" + EmbeddedMariaDb.USERNAME);
    arguments.add("--spring.datasource.password=" + EmbeddedMariaDb.start(null).password());
    // a command runs with a node's configuration, its secrets included
    arguments.add("--yingzai.intake.id-number-key=dGVzdC1rZXktb2YtdGhlLXNlcnZpY2UtaGFsbC10c3Q=");
    server.arguments(bucket).stream()
        .filter(argument -> !argument.startsWith("--yingzai.files.store="))
        .forEach(arguments::add);
    int exit;
    String log;
    try (HallProcess command = HallProcess.start("files-migrate", arguments)) {
      exit = command.awaitExit(RUN);
      log = command.log();
    }

    assertThat(exit).as(log).isZero();
    assertThat(log).contains("Copying 3 stored files from the folder " + folder);
    assertThat(log).contains("Copied 3 stored files");
    try (ObjectStoreContentFiles to =
        new ObjectStoreContentFiles(
            ObjectStoreContentFilesTest.settings(bucket, ""), Files.createTempDirectory("in"))) {
      for (String sha256 : sha256s) {
        try (InputStream in = to.open(sha256)) {
          assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(from.pathOf(sha256)));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(log, e);
    }
  }
}
