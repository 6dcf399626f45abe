package org.yingzai.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator with the privileges the service hall lacks can do: drop the
 * triggers that keep the trail append-only, change rows, and put the triggers back as they were.
 */
final class Dba {

  private Dba() {}

  static void withoutTriggers(JdbcTemplate jdbc, Runnable change) {
    List<String> names =
        jdbc.queryForList(
            "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE LIKE 'audit\\_%'"
                + " ORDER BY TRIGGER_NAME",
            String.class);
    List<String> definitions =
        names.stream()
            .map(
                name -> {
                  Map<String, Object> row = jdbc.queryForMap("SHOW CREATE TRIGGER " + name);
                  // recreated by whoever runs this, as the migration created it
                  return ((String) row.get("SQL Original Statement"))
                      .replaceFirst("^CREATE DEFINER=\\S+ TRIGGER", "CREATE TRIGGER");
                })
            .toList();
    names.forEach(name -> jdbc.execute("DROP TRIGGER " + name));
    try {
      change.run();
    } finally {
      definitions.forEach(jdbc::execute);
    }
  }

  /** Empties the trail, its anchors and archives: a database of the test's own starts afresh. */
  static void emptyTrail(JdbcTemplate jdbc) {
    withoutTriggers(
        jdbc,
        () -> {
          jdbc.update("DELETE FROM audit_record");
          jdbc.update("DELETE FROM audit_anchor");
          jdbc.update("DELETE FROM audit_archive");
          jdbc.update("UPDATE audit_head SET seq = 0, hash = ? WHERE id = 1", AuditChain.GENESIS);
        });
  }
}
