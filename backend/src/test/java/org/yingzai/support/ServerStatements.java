package org.yingzai.support;

import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the statements that read or write data (selects, inserts, updates, deletes) which the
 * database server ran for a piece of work, as the server itself counts them.
 */
public final class ServerStatements {

  private final JdbcTemplate jdbc;

  public ServerStatements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The statements of the cheapest of the runs. The server counts every client's statements: the
   * fewest leaves out those that background work (of this context or another cached one) ran at the
   * same moment.
   */
  public int fewest(List<Runnable> runs) {
    int fewest = Integer.MAX_VALUE;
    for (Runnable run : runs) {
      long before = count();
      long counting = count() - before;
      before = count();
      run.run();
      // less what reading the counters costs the server itself
      fewest = Math.min(fewest, (int) (count() - before - counting));
    }
    return fewest;
  }

  /** The statements of the cheapest of three runs of the same call. */
  public int fewest(Runnable call) {
    return fewest(Collections.nCopies(3, call));
  }

  // SHOW GLOBAL STATUS answers on MariaDB and MySQL 8 alike
  private long count() {
    return jdbc
        .query(
            "SHOW GLOBAL STATUS WHERE Variable_name IN"
                + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')",
            (row, n) -> row.getLong("Value"))
        .stream()
        .mapToLong(Long::longValue)
        .sum();
  }
}
