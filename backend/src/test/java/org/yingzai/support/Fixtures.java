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

  /** A new department of that name; answers its code. */
  public String department(String name) {
    String code = unique("d-");
    jdbc.update(
        "INSERT INTO department (code, name, created_at) VALUES (?, ?, ?)",
        code,
        name,
        Timestamp.from(Instant.now()));
    return code;
  }

  /** A new town station of the department; answers its code. */
  public String station(String departmentCode) {
    String code = unique("s-");
    jdbc.update(
        "INSERT INTO station (code, name, town, department_code, created_at) VALUES (?, ?, ?, ?,"
            + " ?)",
        code,
        "测试便民服务站" + code,
        "测试镇" + code,
        departmentCode,
        Timestamp.from(Instant.now()));
    return code;
  }

  /** A new enterprise as given; answers its id. */
  public long enterprise(String creditCode, String name, String legalRepresentative) {
    jdbc.update(
        "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
            + " VALUES (?, ?, ?, ?)",
        creditCode,
        name,
        legalRepresentative,
        Timestamp.from(Instant.now()));
    return jdbc.queryForObject(
        "SELECT id FROM enterprise WHERE credit_code = ?", Long.class, creditCode);
  }

  /** A new enabled clerk of the department holding the duties; answers the username. */
  public String clerk(String departmentCode, String... duties) {
    String username = unique("clerk-");
    user(username, "CLERK", null, departmentCode);
    for (String duty : duties) {
      jdbc.update("INSERT INTO user_duty (username, duty) VALUES (?, ?)", username, duty);
    }
    return username;
  }

  /** A new enabled user acting for the enterprise; answers the username. */
  public String enterpriseUser(long enterpriseId) {
    String username = unique("ent-");
    user(username, "ENTERPRISE", enterpriseId, null);
    return username;
  }

  private void user(String username, String role, Long enterpriseId, String departmentCode) {
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id,"
            + " department_code, created_at) VALUES (?, '$2a$04$hash', ?, ?, ?, ?, ?)",
        username,
        "测试用户" + username,
        role,
        enterpriseId,
        departmentCode,
        Timestamp.from(Instant.now()));
  }

  /**
   * A new shared-data proof of a market entity, fetched from market-register, with the upload
   * offered when the provider fails; answers its code.
   */
  public String sharedDataProof() {
    String code = unique("ZM-");
    jdbc.update(
        "INSERT INTO proof (code, name, issuing_authority, disposition, evidence_type, provider,"
            + " fallback, risk_level, updated_at, updated_by) VALUES (?, ?, '市场监督管理局',"
            + " 'DATA_SHARING', 'MARKET_ENTITY', 'market-register', 'UPLOAD', 'LOW', ?, 'test')",
        code,
        "测试证明" + code,
        Timestamp.from(Instant.now()));
    return code;
  }

  /**
   * A new proof replaced by a commitment, verified on site within 20 working days, with the text as
   * its version 1 (hashed by the database); answers its code.
   */
  public String commitmentProof(String text) {
    String code = unique("ZM-");
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "INSERT INTO proof (code, name, issuing_authority, disposition, verification_method,"
            + " verification_days, risk_level, updated_at, updated_by) VALUES (?, ?, '某局',"
            + " 'COMMITMENT', '实地核查', 20, 'MEDIUM', ?, 'test')",
        code,
        "测试承诺证明" + code,
        now);
    jdbc.update(
        "INSERT INTO proof_commitment_text (proof_code, version, text, sha256, created_at,"
            + " created_by) VALUES (?, 1, ?, SHA2(?, 256), ?, 'test')",
        code,
        text,
        text,
        now);
    return code;
  }

  /** A new proof the applicant must hand in; answers its code. */
  public String requiredProof() {
    String code = unique("ZM-");
    jdbc.update(
        "INSERT INTO proof (code, name, issuing_authority, disposition, risk_level, updated_at,"
            + " updated_by) VALUES (?, ?, '某局', 'REQUIRED', 'LOW', ?, 'test')",
        code,
        "测试证明" + code,
        Timestamp.from(Instant.now()));
    return code;
  }

  /** A result document of the application, as a decision issues it (no file behind it). */
  public String resultDocument(
      String applicationId, long enterpriseId, String itemCode, String departmentCode) {
    String code = UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
    jdbc.update(
        "INSERT INTO result_document (code, application_id, kind, document_number, title,"
            + " enterprise_id, holder_name, holder_credit_code, item_code, department_code,"
            + " issued_at, sha256, size) VALUES (?, ?, 'NON_ACCEPTANCE', ?, '不予受理通知书', ?,"
            + " '测试企业', '91110000000000000X', ?, ?, ?, ?, 1)",
        code,
        applicationId,
        unique("N-"),
        enterpriseId,
        itemCode,
        departmentCode,
        Timestamp.from(Instant.now()),
        "0".repeat(64));
    return code;
  }

  /** A rating of the application, with its decision's officer rated too. */
  public long rating(
      String applicationId,
      long enterpriseId,
      String itemCode,
      String departmentCode,
      String officer) {
    jdbc.update(
        "INSERT INTO rating (application_id, round, enterprise_id, rated_by, level,"
            + " department_code, item_code, rated_at) VALUES (?, 1, ?, 'test', 'SATISFIED', ?, ?,"
            + " ?)",
        applicationId,
        enterpriseId,
        departmentCode,
        itemCode,
        Timestamp.from(Instant.now()));
    Long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
    jdbc.update(
        "INSERT INTO rating_step (rating_id, step, officer, level) VALUES (?, 'DECIDE', ?,"
            + " 'SATISFIED')",
        id,
        officer);
    return id;
  }

  /** An open rectification of the rating, as a bad rating opens it (without its process). */
  public void rectification(
      long ratingId, String applicationId, String itemCode, String departmentCode) {
    jdbc.update(
        "INSERT INTO rectification (application_id, application_number, rating_id,"
            + " department_code, item_code, opened_at, status) VALUES (?, ?, ?, ?, ?, ?, 'OPEN')",
        applicationId,
        "YZ" + applicationId.substring(0, 8),
        ratingId,
        departmentCode,
        itemCode,
        Timestamp.from(Instant.now()));
  }
}
