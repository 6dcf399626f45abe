package org.yingzai.support;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yingzai.identity.IdentityFixtures;

/**
 * A service hall of a test class's own, made with plain SQL under fresh codes and usernames: a
 * department with its clerks and items, an enterprise with its user and shared data, a second
 * enterprise, a clerk of another department, a supervisor and an administrator. Every user's
 * password is {@link #PASSWORD}. See {@link WithHall}.
 */
public final class Hall {

  /** The password of every user of a hall. */
  public static final String PASSWORD = "Hall#2026test";

  // hashed once per JVM, at BCrypt's lowest cost so that logins stay quick
  private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

  private final String key = UUID.randomUUID().toString().substring(0, 8);
  private final JdbcTemplate jdbc;

  private final String department;
  private final String otherDepartment;
  private final Applicant enterprise;
  private final Applicant otherEnterprise;
  private final String clerk;
  private final String reviewer;
  private final String approver;
  private final String outsider;
  private final String supervisor;
  private final String admin;
  private final HallCatalogue catalogue;
  private int stations;

  Hall(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    department = department("h-" + key, "测试部门" + key);
    otherDepartment = department("o-" + key, "其他部门" + key);
    enterprise = enterprise("ent-" + key, "测试法人");
    otherEnterprise = enterprise("ent2-" + key, "其他法人");
    clerk = clerk("clerk-" + key, department, "accept", "verify");
    reviewer = clerk("reviewer-" + key, department, "review");
    approver = clerk("approver-" + key, department, "decide");
    outsider = clerk("outsider-" + key, otherDepartment, "accept", "review", "decide", "verify");
    supervisor = staff("supervisor-" + key, "SUPERVISOR");
    admin = staff("admin-" + key, "ADMIN");
    catalogue = new HallCatalogue(jdbc, key, department);
  }

  /**
   * An enterprise of the hall: its id, credit code, name and legal representative (as the
   * market-entity register also knows them), and the username of its one user, the legal
   * representative himself.
   */
  public record Applicant(
      long id, String creditCode, String name, String legalRepresentative, String username) {}

  /** The hall's department, where its clerks work and its items are handled. */
  public String department() {
    return department;
  }

  public String departmentName() {
    return "测试部门" + key;
  }

  /** Another department, whose clerk is {@link #outsider()}. */
  public String otherDepartment() {
    return otherDepartment;
  }

  /** The username of the enterprise that applies. */
  public String enterprise() {
    return enterprise.username();
  }

  public Applicant applicant() {
    return enterprise;
  }

  /** The username of another enterprise, which has nothing to do with the first's applications. */
  public String otherEnterprise() {
    return otherEnterprise.username();
  }

  public Applicant otherApplicant() {
    return otherEnterprise;
  }

  /** The counter clerk: accepts applications and verifies commitments. */
  public String clerk() {
    return clerk;
  }

  public String reviewer() {
    return reviewer;
  }

  public String approver() {
    return approver;
  }

  /** A clerk of {@link #otherDepartment()} holding every duty there. */
  public String outsider() {
    return outsider;
  }

  public String supervisor() {
    return supervisor;
  }

  public String admin() {
    return admin;
  }

  /**
   * A committed item (20 working days by law, 8 promised, up to 10 more): M01 a form, M02 a proof
   * by shared data (the market-entity register, falling back to an upload), M03 an attachment, M04
   * a proof still uploaded, M05 an optional attachment.
   */
  public String committedItem() {
    return catalogue.committedItem;
  }

  public String committedItemName() {
    return catalogue.name("测试承诺件");
  }

  /** An instant item, settled on the spot: M01 a form, M02 an attachment. */
  public String instantItem() {
    return catalogue.instantItem;
  }

  public String instantItemName() {
    return catalogue.name("测试即办件");
  }

  /**
   * A committed item (10 working days by law, 5 promised) with a proof of every disposition, made
   * on first use: M01 a form, M02 the licence by shared data (falling back to an upload), M03 and
   * M04 attachments, M05 verified by the department, M06 abolished (optional), M07 still uploaded,
   * M08 a commitment.
   */
  public String permitItem() {
    return catalogue.permitItem();
  }

  public String permitItemName() {
    return catalogue.name("测试许可");
  }

  /**
   * An instant item made on first use: M01 a form, M02 and M03 attachments, M04 a commitment
   * ({@link #residenceProof()}), M05 shared data falling back to a commitment ({@link
   * #shareholdersProof()}), M06 an optional attachment.
   */
  public String setupItem() {
    return catalogue.setupItem();
  }

  /**
   * A committed item (3 working days by law, 1 promised) made on first use: M01 a form, M02 and M03
   * attachments, M04 the tax clearance by shared data ({@link #taxClearanceProof()}), M05 an
   * optional attachment, M06 social insurance by shared data; both fall back to an upload.
   */
  public String closureItem() {
    return catalogue.closureItem();
  }

  /**
   * A committed item made on first use with a form of its own: projectName (required, the standard
   * label), landArea (a required number), plannedStart (a date), landUse (a choice of 工业用地 and
   * 商业用地) and contactPhone; M01 a form and M02 an attachment.
   */
  public String formItem() {
    return catalogue.formItem();
  }

  /**
   * A committed item made on first use, limited as {@link #committedItem()} (20 working days by
   * law, 8 promised; accept in 1, review in 5, decide in 2) with nothing to bring but an optional
   * attachment M01: a draft can be submitted as soon as it is made.
   */
  public String quickItem() {
    return catalogue.quickItem();
  }

  /** A commitment (verified within 30 working days, medium risk). */
  public String residenceProof() {
    return catalogue.residenceProof();
  }

  /** Shared data from the market-entity register, falling back to a commitment (20 days, low). */
  public String shareholdersProof() {
    return catalogue.shareholdersProof();
  }

  /** The permit item's M05: verified by the department itself. */
  public String verifiedProof() {
    return catalogue.verifiedProof();
  }

  /** The permit item's M06: abolished. */
  public String abolishedProof() {
    return catalogue.abolishedProof();
  }

  /** Shared data from the tax-credit ratings, falling back to an upload. */
  public String taxClearanceProof() {
    return catalogue.taxClearanceProof();
  }

  /** The committed item's M02: shared data from the market-entity register. */
  public String sharedProof() {
    return catalogue.sharedProof;
  }

  /** The committed item's M04: a proof the applicant still uploads. */
  public String requiredProof() {
    return catalogue.requiredProof;
  }

  /** One more clerk of the hall's department holding the duties, e.g. a second reviewer. */
  public String colleague(String name, String... duties) {
    return clerk(name + "-" + key, department, duties);
  }

  /**
   * A town station (kind {@code STATION}) of the hall's own that takes in the items, or the service
   * hall (kind {@code HALL}), which takes in every item; made under a fresh code.
   */
  public String station(String kind, String... itemCodes) {
    String code = "st-" + kind.toLowerCase(java.util.Locale.ROOT) + "-" + key + "-" + stations++;
    jdbc.update(
        "INSERT INTO station (code, name, town, kind, address, opening_hours, created_at)"
            + " VALUES (?, ?, ?, ?, '测试路 1 号', '周一至周五 9:00–17:00', UTC_TIMESTAMP())",
        code,
        "测试便民服务站" + code,
        "测试镇",
        kind);
    for (String item : itemCodes) {
      jdbc.update("INSERT INTO station_item (station_code, item_code) VALUES (?, ?)", code, item);
    }
    return code;
  }

  /** A clerk of the hall's department with the duty receive at the station, one per name there. */
  public String receiver(String name, String stationCode) {
    String username = clerk(name + "-" + stationCode, department, "receive");
    jdbc.update("UPDATE app_user SET station_code = ? WHERE username = ?", stationCode, username);
    return username;
  }

  private String department(String code, String name) {
    jdbc.update(
        "INSERT INTO department (code, name, created_at) VALUES (?, ?, UTC_TIMESTAMP())",
        code,
        name);
    return code;
  }

  private Applicant enterprise(String username, String person) {
    String credit = IdentityFixtures.newCreditCode();
    String name = "测试企业" + credit.substring(8);
    jdbc.update(
        "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
            + " VALUES (?, ?, ?, UTC_TIMESTAMP())",
        credit,
        name,
        person);
    long id =
        jdbc.queryForObject("SELECT id FROM enterprise WHERE credit_code = ?", Long.class, credit);
    user(username, person, "ENTERPRISE", id, null);
    // what the local evidence providers serve for it, as for a demo enterprise in good standing
    jdbc.update(
        "INSERT INTO shared_market_entity (credit_code, name, legal_representative, status,"
            + " registered_capital, address, established_on, authority, updated_at) VALUES (?, ?,"
            + " ?, '存续', '1000万元人民币', '东营市高新区测试路1号', '2018-01-01', '东营市市场监督管理局',"
            + " UTC_TIMESTAMP())",
        credit,
        name,
        person);
    jdbc.update(
        "INSERT INTO shared_tax_credit (credit_code, year, rating, authority, updated_at)"
            + " VALUES (?, 2025, 'A', '国家税务总局东营市税务局', UTC_TIMESTAMP())",
        credit);
    jdbc.update(
        "INSERT INTO shared_social_insurance (credit_code, months_paid, insured_employees,"
            + " in_arrears, last_paid_month, authority, updated_at)"
            + " VALUES (?, 60, 20, FALSE, '2026-10', '东营市社会保险事业中心', UTC_TIMESTAMP())",
        credit);
    return new Applicant(id, credit, name, person, username);
  }

  private String clerk(String username, String departmentCode, String... duties) {
    user(username, "测试人员", "CLERK", null, departmentCode);
    for (String duty : duties) {
      jdbc.update("INSERT INTO user_duty (username, duty) VALUES (?, ?)", username, duty);
    }
    return username;
  }

  private String staff(String username, String role) {
    user(username, "测试人员", role, null, null);
    return username;
  }

  private void user(
      String username, String displayName, String role, Long enterpriseId, String departmentCode) {
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id,"
            + " department_code, enabled, failed_logins, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, TRUE, 0, UTC_TIMESTAMP())",
        username,
        PASSWORD_HASH,
        displayName,
        role,
        enterpriseId,
        departmentCode);
  }
}
