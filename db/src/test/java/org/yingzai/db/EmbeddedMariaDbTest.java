package org.yingzai.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
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
    try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
      statement.execute("INSERT INTO note VALUES (1, '保留')");
      try (ResultSet isolation = statement.executeQuery("SELECT @@transaction_isolation")) {
        isolation.next();
        assertThat(isolation.getString(1)).isEqualTo("READ-COMMITTED");
      }
    }
    EmbeddedMariaDb.stop();

    EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir);
    assertThat(second).isNotSameAs(first);
    try (Connection connection =
            DriverManager.getConnection(
                second.createDatabase("restart_test"), EmbeddedMariaDb.USERNAME, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("保留");
    } finally {
      EmbeddedMariaDb.stop();
      try (Stream<Path> paths = Files.walk(dataDir.getParent().getParent())) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  void aRestartKeepsThePortAndTheDataAndRefusesConnectionsWhileDown() throws Exception {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
    int port = server.port();
    String url = server.createDatabase("outage_test");
    try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(20))");
      statement.execute("REPLACE INTO note VALUES (1, '停机前')");
    }
    boolean refusedWhileDown;
    Thread restart = new Thread(() -> server.restart(Duration.ofSeconds(3)));
    restart.start();
    Thread.sleep(1_500);
    try (Connection down = DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "")) {
      refusedWhileDown = false;
    } catch (SQLException refused) {
      refusedWhileDown = true;
    }
    restart.join();

    assertThat(refusedWhileDown).isTrue();
    assertThat(server.port()).isEqualTo(port);
    try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USERNAME, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT text FROM note WHERE id = 1")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("停机前");
    }
  }
}
