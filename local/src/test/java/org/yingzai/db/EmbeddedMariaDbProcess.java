package org.yingzai.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A JVM that starts the embedded server on the data folder given as its argument, writes a row,
 * says {@code READY} and waits to be killed.
 */
public final class EmbeddedMariaDbProcess {

  static final String READY = "READY";

  public static void main(String[] args) throws Exception {
    EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of(args[0]));
    try (Connection connection =
            DriverManager.getConnection(
                server.createDatabase("crash_test"), EmbeddedMariaDb.USERNAME, server.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(20))");
      statement.execute("REPLACE INTO note VALUES (1, '崩溃前')");
    }
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
