package org.yingzai.supervision.forecast;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of several tables, inserted many to a statement, in the order the tables were named. */
final class RowBatches {

  private final JdbcTemplate jdbc;
  private final int chunk;
  private final List<Rows> tables = new ArrayList<>();

  RowBatches(JdbcTemplate jdbc, int chunk) {
    this.jdbc = jdbc;
    this.chunk = chunk;
  }

  /** An instant as a row's value; null stays null. */
  static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  /** A table's rows; name parents before children. */
  Rows table(String table, String columns) {
    Rows rows = new Rows(table, columns);
    tables.add(rows);
    return rows;
  }

  /** Inserts every pending row, parents first. */
  void flush() {
    tables.forEach(Rows::flush);
  }

  /** Rows of one table, inserted many to a statement. */
  final class Rows {
    final String table;
    final String columns;
    final int width;
    final List<Object[]> pending = new ArrayList<>();

    Rows(String table, String columns) {
      this.table = table;
      this.columns = columns;
      this.width = columns.split(",").length;
    }

    void add(Object... values) {
      pending.add(values);
      if (pending.size() == chunk) {
        // parents before children: the foreign keys see every application first
        RowBatches.this.flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      String one = "(" + "?, ".repeat(width - 1) + "?)";
      String sql =
          "INSERT INTO "
              + table
              + " ("
              + columns
              + ") VALUES "
              + String.join(", ", Collections.nCopies(pending.size(), one));
      Object[] args = new Object[pending.size() * width];
      for (int i = 0; i < pending.size(); i++) {
        System.arraycopy(pending.get(i), 0, args, i * width, width);
      }
      jdbc.update(sql, args);
      pending.clear();
    }
  }
}
