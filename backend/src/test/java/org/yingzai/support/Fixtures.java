package org.yingzai.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Rows a test makes for itself with plain SQL, named afresh each time so that tests never depend on
 * the demo data or on each other: a department, an item of it, an enterprise.
 */
public final class Fixtures {

  private final JdbcTemplate jdbc;

  public Fixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new department; answers its code. */
  public String department() {
    String code = unique("d-");
    jdbc.update(
        "INSERT INTO department (code, name, created_at) VALUES (?, ?, ?)",
        code,
        "测试部门" + code,
        Timestamp.from(Instant.now()));
    return code;
  }

  /** A new committed item of the department, 20 working days by law and 8 promised. */
  public String item(String departmentCode) {
    String code = unique("T-");
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit) VALUES (?, ?, ?, 'INVESTMENT_CONSTRUCTION',"
            + " 'COMMITTED', 'WORKING_DAYS', 20, 8)",
        code,
        "测试事项" + code,
        departmentCode);
    return code;
  }

  /** A new enterprise; answers its id. */
  public long enterprise() {
    String credit = (unique("91") + "0000000000000000").substring(0, 18).toUpperCase();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
                      + " VALUES (?, ?, '测试法人', ?)",
                  new String[] {"id"});
          insert.setString(1, credit);
          insert.setString(2, "测试企业" + credit);
          insert.setTimestamp(3, Timestamp.from(Instant.now()));
          return insert;
        },
        key);
    return key.getKey().longValue();
  }
}
