package org.yingzai.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  @Test
  void dataSurvivesARestartEvenInAFolderUnderTheTemporaryDirectory() throws Exception {
    // a project cloned under /tmp keeps its data folder there too
    Path dataDir = Files.createTempDirectory("yingzai-persistent-").resolve("data/mariadb");
    EmbeddedMariaDb.stop(); // the throw-away server other tests of this JVM may have started

    EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir);
    String url = first.createDatabase("restart_test");
    try (Connection connection = connect(url, first.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
      statement.execute("INSERT INTO note VALUES (1, '保留')");
      try (ResultSet isolation = statement.executeQuery("SELECT @@transaction_isolation")) {
        isolation.next();
        assertThat(isolation.getString(1)).isEqualTo("READ-COMMITTED");
      }
    }
    EmbeddedMariaDb.stop();
    Path binaries;
    try (Stream<Path> beside = Files.list(dataDir.getParent())) {
      binaries =
          beside
              .filter(path -> path.getFileName().toString().startsWith("mariadb-binaries-"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(binaries.getFileName().toString()).matches("mariadb-binaries-mariadb-[0-9.]+-\\w+");
    assertThat(binaries.resolve(KeptBinaries.UNPACKED)).isRegularFile();
    Path server = binaries.resolve("bin/mariadbd");
    var unpackedAt = Files.getLastModifiedTime(server);

    EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir);
    // started from the binaries kept beside the data, not unpacked again
    assertThat(Files.getLastModifiedTime(server)).isEqualTo(unpackedAt);
    assertThat(second).isNotSameAs(first);
    assertThat(second.password()).isEqualTo(first.password());
    try (Connection connection = connect(second.createDatabase("restart_test"), second.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("保留");
    } finally {
      EmbeddedMariaDb.stop();
      delete(dataDir.getParent().getParent());
    }
  }

  @Test
  void theServerTakesOnlyTheApplicationUserWithThePasswordKeptForItsOwner() throws Exception {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    String url = server.createDatabase("password_test");

    for (String username : List.of(EmbeddedMariaDb.USERNAME, "root", "")) {
      assertThatThrownBy(() -> connect(url, username, "").close())
          .as("%s without a password", username)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Access denied");
    }
    assertThatThrownBy(() -> connect(url, server.password() + "x").close())
        .isInstanceOf(SQLException.class);
    try (Connection connection = connect(url, server.password());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT @@bind_address, @@socket, @@skip_grant_tables FROM DUAL")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
      Path socketFolder = Path.of(rows.getString(2)).getParent();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketFolder)))
          .isEqualTo("rwx------");
      assertThat(rows.getInt(3)).isZero();
    }
    Path passwordFile = server.dataDir().resolve(EmbeddedMariaDb.PASSWORD_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password());
  }

  @Test
  void theServerOffersNoTlsOnLoopbackSoItMakesNoCertificateAtItsStart() throws Exception {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    String url = server.createDatabase("tls_test");
    try (Connection connection = connect(url, server.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT @@have_ssl, @@ssl_cert FROM DUAL")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("DISABLED");
      assertThat(rows.getString(2)).isNull();
    }
  }

  @Test
  void aServerLeftRunningByAKilledJvmIsStoppedAndItsFoldersRemovedAtTheNextStart()
      throws Exception {
    Path dataDir = Files.createTempDirectory("yingzai-crash-").resolve("mariadb");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedMariaDbProcess.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.append(line).append('\n');
        if (line.equals(EmbeddedMariaDbProcess.READY)) {
          break;
        }
      }
      assertThat(output.toString()).as("the child's output").contains(EmbeddedMariaDbProcess.READY);
      long orphan =
          Long.parseLong(Files.readString(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).strip());
      List<Path> childFolders = foldersOf(child.pid());
      assertThat(childFolders).isNotEmpty();

      child.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

      EmbeddedMariaDb.stop();
      EmbeddedMariaDb restarted = EmbeddedMariaDb.start(dataDir);
      try (Connection connection =
              connect(restarted.createDatabase("crash_test"), restarted.password());
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("崩溃前");
      }
      assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      assertThat(restarted.recovery())
          .anyMatch(line -> line.startsWith("Stopped the MariaDB server " + orphan))
          .anyMatch(line -> line.startsWith("Removed the temporary folders of ended JVMs"));
      assertThat(childFolders).noneMatch(Files::exists);
    } finally {
      child.destroyForcibly();
      EmbeddedMariaDb.stop();
      delete(dataDir.getParent());
    }
  }

  @Test
  void aRestartKeepsThePortAndTheDataAndRefusesConnectionsWhileDown() throws Exception {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    int port = server.port();
    String url = server.createDatabase("outage_test");
    try (Connection connection = connect(url, server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(20))");
      statement.execute("REPLACE INTO note VALUES (1, '停机前')");
    }
    boolean refusedWhileDown;
    Thread restart = new Thread(() -> server.restart(Duration.ofSeconds(3)));
    restart.start();
    Thread.sleep(1_500);
    try (Connection down = connect(url, server.password())) {
      refusedWhileDown = false;
    } catch (SQLException refused) {
      refusedWhileDown = true;
    }
    restart.join();

    assertThat(refusedWhileDown).isTrue();
    assertThat(server.port()).isEqualTo(port);
    try (Connection connection = connect(url, server.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("停机前");
    }
  }

  private static Connection connect(String url, String password) throws SQLException {
    return connect(url, EmbeddedMariaDb.USERNAME, password);
  }

  private static Connection connect(String url, String username, String password)
      throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  private static List<Path> foldersOf(long pid) throws Exception {
    try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return folders
          .filter(f -> f.getFileName().toString().matches("yingzai-mariadb-\\w+-" + pid + "-.*"))
          .toList();
    }
  }

  private static void delete(Path dir) throws Exception {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
