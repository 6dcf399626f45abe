package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.identity.Role;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

@MapperTest
class UserMapperTest {

  private static final Instant CREATED = Instant.parse("2026-11-28T02:30:00Z");

  @Autowired UserMapper users;
  @Autowired JdbcTemplate jdbc;

  private Fixtures fixtures;
  private String market;
  private String planning;
  private String environment;

  @BeforeEach
  void departments() {
    fixtures = new Fixtures(jdbc);
    market = fixtures.department();
    planning = fixtures.department();
    environment = fixtures.department();
  }

  @Test
  void insertsAUserWithTimesInUtc() {
    String username = "mapper-" + UUID.randomUUID();
    users.insert(account(username, Role.CLERK, null, market));
    users.insertDuty(username, "review");
    users.insertDuty(username, "accept");

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT password_hash, display_name, role, enterprise_id, department_code, enabled,"
                + " failed_logins, locked_until, CAST(created_at AS CHAR) AS created"
                + " FROM app_user WHERE username = ?",
            username);
    assertThat(row)
        .containsEntry("password_hash", "$2a$04$hash")
        .containsEntry("display_name", "测试用户")
        .containsEntry("role", "CLERK")
        .containsEntry("enterprise_id", null)
        .containsEntry("department_code", market)
        .containsEntry("failed_logins", 0)
        .containsEntry("locked_until", null)
        .containsEntry("created", "2026-11-28 02:30:00");
    assertThat(row.get("enabled")).isIn(true, 1);
    assertThat(
            jdbc.queryForList(
                "SELECT duty FROM user_duty WHERE username = ? ORDER BY duty",
                String.class,
                username))
        .containsExactly("accept", "review");
  }

  @Test
  void readsAUserAndTheirDuties() {
    String username = "mapper-" + UUID.randomUUID();
    UserAccount account = account(username, Role.CLERK, null, planning);
    users.insert(account);
    users.insertDuty(username, "review");
    users.insertDuty(username, "decide");

    assertThat(users.findByUsername(username)).isEqualTo(account);
    assertThat(users.lockByUsername(username)).isEqualTo(account);
    assertThat(users.findDuties(username)).containsExactly("decide", "review");
    assertThat(users.findLogin(username).account()).isEqualTo(account);
    assertThat(users.findLogin(username).dutyList()).containsExactlyInAnyOrder("decide", "review");
    assertThat(users.findByUsername("nobody-" + UUID.randomUUID())).isNull();
    assertThat(users.findLogin("nobody-" + UUID.randomUUID())).isNull();
  }

  @Test
  void findsTheEnabledClerksOfADepartmentWhoHoldADuty() {
    String reviewer = "mapper-" + UUID.randomUUID();
    String approver = "mapper-" + UUID.randomUUID();
    String disabled = "mapper-" + UUID.randomUUID();
    String elsewhere = "mapper-" + UUID.randomUUID();
    users.insert(account(reviewer, Role.CLERK, null, environment));
    users.insertDuty(reviewer, "review");
    users.insertDuty(reviewer, "accept");
    users.insert(account(approver, Role.CLERK, null, environment));
    users.insertDuty(approver, "decide");
    users.insert(account(disabled, Role.CLERK, null, environment));
    users.insertDuty(disabled, "review");
    jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", disabled);
    users.insert(account(elsewhere, Role.CLERK, null, market));
    users.insertDuty(elsewhere, "review");

    assertThat(users.findEnabledClerksWithDuty(environment, "review"))
        .contains(reviewer)
        .doesNotContain(approver, disabled, elsewhere);
    assertThat(users.findEnabledClerksWithDuty(environment, "decide"))
        .contains(approver)
        .doesNotContain(reviewer);
  }

  @Test
  void readsAnEnterpriseUser() {
    long enterpriseId = fixtures.enterprise();
    String username = fixtures.enterpriseUser(enterpriseId);
    UserAccount enterprise = users.findByUsername(username);

    assertThat(enterprise.role()).isEqualTo(Role.ENTERPRISE);
    assertThat(enterprise.enterpriseId()).isEqualTo(enterpriseId);
    assertThat(enterprise.departmentCode()).isNull();
    assertThat(users.findDuties(username)).isEmpty();
    assertThat(users.findLogin(username).account()).isEqualTo(enterprise);
    assertThat(users.findLogin(username).dutyList()).isEmpty();
  }

  @Test
  void findsTheEnabledUsersOfARole() {
    String clerk = "mapper-" + UUID.randomUUID();
    String supervisor = "mapper-" + UUID.randomUUID();
    users.insert(account(clerk, Role.CLERK, null, market));
    users.insert(account(supervisor, Role.SUPERVISOR, null, null));

    assertThat(users.findEnabledUsernames(Role.CLERK, market))
        .contains(clerk)
        .doesNotContain(supervisor);
    assertThat(users.findEnabledUsernames(Role.SUPERVISOR, null))
        .contains(supervisor)
        .doesNotContain(clerk);
  }

  @Test
  void updatesTheLoginState() {
    String username = "mapper-" + UUID.randomUUID();
    users.insert(account(username, Role.SUPERVISOR, null, null));

    assertThat(users.updateLoginState(username, 5, Instant.parse("2026-11-28T02:45:00Z")))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, CAST(locked_until AS CHAR) AS until FROM app_user"
                    + " WHERE username = ?",
                username))
        .containsEntry("failed_logins", 5)
        .containsEntry("until", "2026-11-28 02:45:00");

    users.updateLoginState(username, 0, null);
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, locked_until FROM app_user WHERE username = ?", username))
        .containsEntry("failed_logins", 0)
        .containsEntry("locked_until", null);
  }

  @Test
  void theSchemaRefusesUsersWithoutWhatTheirRoleNeeds() {
    long enterpriseId = fixtures.enterprise();
    String clerk = fixtures.clerk(market, "review");
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.CLERK, null, null)))
        .as("a clerk without a department")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.ENTERPRISE, null, null)))
        .as("an enterprise user without an enterprise")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                users.insert(
                    account("x-" + UUID.randomUUID(), Role.SUPERVISOR, enterpriseId, null)))
        .as("a supervisor acting for an enterprise")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> users.insertDuty(clerk, "sign"))
        .as("an unknown duty")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.CLERK, null, "nowhere")))
        .as("a clerk of an unknown department")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void pagesTheUsersOfADepartmentInUsernameOrder() {
    String department = newDepartment();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    users.insert(account("b-" + suffix, Role.CLERK, null, department));
    users.insert(account("a-" + suffix, Role.CLERK, null, department));
    users.insert(account("c-" + suffix, Role.CLERK, null, planning));

    assertThat(users.findPage(null, department, null, 0, 10))
        .extracting(UserAccount::username)
        .containsExactly("a-" + suffix, "b-" + suffix);
    assertThat(users.findPage(Role.CLERK, department, null, 1, 10))
        .extracting(UserAccount::username)
        .containsExactly("b-" + suffix);
    assertThat(users.findPage(null, department, null, 0, 1)).hasSize(1);
    assertThat(users.count(null, department, null)).isEqualTo(2);
    assertThat(users.count(Role.CLERK, department, null)).isEqualTo(2);
    assertThat(users.findPage(Role.SUPERVISOR, department, null, 0, 10)).isEmpty();
    assertThat(users.count(Role.SUPERVISOR, department, null)).isZero();
  }

  @Test
  void pagesTheUsersOfAnEnterprise() {
    String code = IdentityFixtures.newCreditCode();
    jdbc.update(
        "INSERT INTO enterprise (credit_code, name, legal_representative, created_at)"
            + " VALUES (?, ?, '张三', UTC_TIMESTAMP())",
        code,
        "用户分页测试" + code);
    long enterpriseId =
        jdbc.queryForObject("SELECT id FROM enterprise WHERE credit_code = ?", Long.class, code);
    String username = "mapper-" + UUID.randomUUID();
    UserAccount account = account(username, Role.ENTERPRISE, enterpriseId, null);
    users.insert(account);

    assertThat(users.findPage(null, null, enterpriseId, 0, 10)).containsExactly(account);
    assertThat(users.findPage(Role.ENTERPRISE, null, enterpriseId, 0, 10)).containsExactly(account);
    assertThat(users.count(null, null, enterpriseId)).isEqualTo(1);
    assertThat(users.count(Role.CLERK, null, enterpriseId)).isZero();
  }

  @Test
  void pagesUsersOfARoleOrAllUsersAsTheDatabaseOrdersThem() {
    users.insert(account("mapper-" + UUID.randomUUID(), Role.SUPERVISOR, null, null));

    assertThat(users.findPage(Role.SUPERVISOR, null, null, 0, 5))
        .extracting(UserAccount::username)
        .isEqualTo(
            jdbc.queryForList(
                "SELECT username FROM app_user WHERE role = 'SUPERVISOR' ORDER BY username"
                    + " LIMIT 5",
                String.class));
    assertThat(users.count(Role.SUPERVISOR, null, null))
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE role = 'SUPERVISOR'", Long.class));
    assertThat(users.findPage(null, null, null, 2, 3))
        .extracting(UserAccount::username)
        .isEqualTo(
            jdbc.queryForList(
                "SELECT username FROM app_user ORDER BY username LIMIT 3 OFFSET 2", String.class));
    assertThat(users.count(null, null, null))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class));
  }

  @Test
  void readsTheDutiesOfSeveralUsersAndDeletesThoseOfOne() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String first = "a-" + suffix;
    String second = "b-" + suffix;
    users.insert(account(first, Role.CLERK, null, planning));
    users.insert(account(second, Role.CLERK, null, planning));
    users.insertDuty(first, "review");
    users.insertDuty(first, "accept");
    users.insertDuty(second, "decide");

    assertThat(users.findDutiesOf(List.of(second, first)))
        .containsExactly(
            new UserDuty(first, "accept"),
            new UserDuty(first, "review"),
            new UserDuty(second, "decide"));

    assertThat(users.deleteDuties(first)).isEqualTo(2);
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(username, ':', duty) FROM user_duty WHERE username IN (?, ?)",
                String.class,
                first,
                second))
        .containsExactly(second + ":decide");
  }

  @Test
  void updatesWhatAnAdministratorMayChange() {
    String username = "mapper-" + UUID.randomUUID();
    users.insert(account(username, Role.SUPERVISOR, null, null));
    users.updateLoginState(username, 5, Instant.parse("2026-11-28T02:45:00Z"));

    int updated =
        users.update(
            new UserAccount(
                username,
                "$2a$04$other",
                "新名字",
                Role.ADMIN,
                null,
                null,
                null,
                false,
                0,
                null,
                Instant.parse("2030-01-01T00:00:00Z")));

    assertThat(updated).isEqualTo(1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT password_hash, display_name, role, enabled, failed_logins, locked_until,"
                + " CAST(created_at AS CHAR) AS created FROM app_user WHERE username = ?",
            username);
    assertThat(row)
        .containsEntry("password_hash", "$2a$04$other")
        .containsEntry("display_name", "新名字")
        .containsEntry("role", "ADMIN")
        .containsEntry("failed_logins", 0)
        .containsEntry("locked_until", null)
        .containsEntry("created", "2026-11-28 02:30:00");
    assertThat(row.get("enabled")).isIn(false, 0);
    assertThat(users.update(account("nobody-" + UUID.randomUUID(), Role.ADMIN, null, null)))
        .isZero();
  }

  private String newDepartment() {
    String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update(
        "INSERT INTO department (code, name, created_at) VALUES (?, ?, UTC_TIMESTAMP())",
        code,
        "测试部门 " + code);
    return code;
  }

  private static UserAccount account(
      String username, Role role, Long enterpriseId, String departmentCode) {
    return new UserAccount(
        username,
        "$2a$04$hash",
        "测试用户",
        role,
        enterpriseId,
        departmentCode,
        null,
        true,
        0,
        null,
        CREATED);
  }
}
