package org.yingzai.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migrations whose text was corrected after they ran, with a schema that is the same either way: V3
 * named a column with a word MySQL 8 reserves ({@code last_value}) and now quotes it, which MySQL
 * needs and MariaDB accepts alike. A database migrated with the old text takes the new checksum
 * before Flyway validates, so the correction is not taken for a changed migration.
 */
@Component
class MigrationChecksums implements Callback {

  /** A migration's checksum before and after its correction (Flyway's CRC32 of its lines). */
  record Correction(String version, int before, int after) {}

  static final List<Correction> CORRECTIONS = List.of(new Correction("3", 1362142445, -726014000));

  private static final Logger log = LoggerFactory.getLogger(MigrationChecksums.class);

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String table = context.getConfiguration().getTable();
    Connection connection = context.getConnection();
    try {
      if (!exists(connection, table)) {
        return;
      }
      for (Correction correction : CORRECTIONS) {
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE `" + table + "` SET checksum = ? WHERE version = ? AND checksum = ?")) {
          update.setInt(1, correction.after());
          update.setString(2, correction.version());
          update.setInt(3, correction.before());
          if (update.executeUpdate() > 0) {
            log.info(
                "Migration V{} takes the checksum of its corrected text", correction.version());
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The checksums of corrected migrations were not updated", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "migrationChecksums";
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
      return tables.next();
    }
  }
}
