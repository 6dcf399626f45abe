package org.yingzai.audit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator with the privileges the service hall lacks can do: drop the
 * triggers that keep the trail append-only, change rows, and put the triggers back.
 */
final class Dba {

  private static final String[][] TRIGGERS = {
    {"audit_record_no_update", "UPDATE", "audit_record", "audit records"},
    {"audit_record_no_delete", "DELETE", "audit_record", "audit records"},
    {"audit_anchor_no_update", "UPDATE", "audit_anchor", "audit anchors"},
    {"audit_anchor_no_delete", "DELETE", "audit_anchor", "audit anchors"}
  };

  private Dba() {}

  static void withoutTriggers(JdbcTemplate jdbc, Runnable change) {
    for (String[] trigger : TRIGGERS) {
      jdbc.execute("DROP TRIGGER " + trigger[0]);
    }
    try {
      change.run();
    } finally {
      for (String[] trigger : TRIGGERS) {
        jdbc.execute(
            "CREATE TRIGGER "
                + trigger[0]
                + " BEFORE "
                + trigger[1]
                + " ON "
                + trigger[2]
                + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '"
                + trigger[3]
                + " are append-only'");
      }
    }
  }
}
