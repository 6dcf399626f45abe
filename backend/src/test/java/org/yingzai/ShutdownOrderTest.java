package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yingzai.support.HallProcess;

/**
 * The embedded default stopped as a service manager stops it (SIGTERM): the job executor, the
 * engine and the connection pool close first, on a database that is still there, and only then the
 * embedded server stops, leaving its data folder unlocked and no temporary folder behind.
 */
class ShutdownOrderTest {

  private static final String POOL_CLOSED = "HikariPool-1 - Shutdown completed";
  private static final String ENGINE_CLOSED = "ENGINE-00007 Process Engine default closed";
  private static final String JOBS_ACQUIRED = "ENGINE-14018";
  private static final String JOBS_STOPPED = "ENGINE-14015 Shutting down the JobExecutor";
  private static final String DATABASE_STOPPED = "MariaDB stopped after the application";

  @Test
  void theEngineJobsAndPoolCloseBeforeTheEmbeddedDatabaseStops() throws Exception {
    Path root = Files.createTempDirectory("yingzai-shutdown-");
    Path dataDir = root.resolve("mariadb");
    try (HallProcess hall = HallProcess.start("shutdown-order", arguments(root, dataDir))) {
      hall.awaitStarted(Duration.ofMinutes(4));
      hall.awaitOutput(JOBS_ACQUIRED, Duration.ofMinutes(1));
      long server = Long.parseLong(Files.readString(dataDir.resolve("mariadb.pid")).strip());

      hall.terminate();
      int exit = hall.awaitExit(Duration.ofMinutes(2));
      String log = hall.log();

      // 128 + SIGTERM: the JVM ended by the signal after every shutdown hook had finished
      assertThat(exit).as(log).isEqualTo(143);
      String shutdown = log.substring(log.indexOf(JOBS_STOPPED));
      assertThat(shutdown)
          .as(log)
          .containsSubsequence(JOBS_STOPPED, ENGINE_CLOSED, POOL_CLOSED, DATABASE_STOPPED)
          .doesNotContain(" ERROR ", " WARN ", "Exception");
      assertThat(ProcessHandle.of(server).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(dataDir.resolve("mariadb.pid")).doesNotExist();
      assertThat(Files.readString(dataDir.resolve("yingzai-password"))).isNotBlank();
    } finally {
      try (Stream<Path> paths = Files.walk(root)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  // the README's run command, on a data folder of its own, with the engine's job executor running
  private static List<String> arguments(Path root, Path dataDir) {
    return List.of(
        "--spring.profiles.active=local",
        "--yingzai.embedded-db.data-dir=" + dataDir,
        "--yingzai.sample-history.enabled=false",
        "--yingzai.files.dir=" + root.resolve("files"),
        "--yingzai.audit.archive.dir=" + root.resolve("audit-archive"),
        "--server.address=127.0.0.1",
        "--server.port=" + HallProcess.freePort(),
        "--logging.level.org.camunda.bpm.engine=INFO",
        "--logging.level.com.zaxxer.hikari=INFO");
  }
}
