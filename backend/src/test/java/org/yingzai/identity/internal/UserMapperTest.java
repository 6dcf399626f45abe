package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Role;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
@Transactional // rolled back: other tests see the database as the demo data left it
class UserMapperTest {

  private static final Instant CREATED = Instant.parse("2026-11-28T02:30:00Z");

  @Autowired UserMapper users;
  @Autowired JdbcTemplate jdbc;

  @Test
  void insertsAUserWithTimesInUtc() {
    String username = "mapper-" + UUID.randomUUID();
    users.insert(account(username, Role.CLERK, null, "market"));
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
        .containsEntry("department_code", "market")
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
    UserAccount account = account(username, Role.CLERK, null, "planning");
    users.insert(account);
    users.insertDuty(username, "decide");

    assertThat(users.findByUsername(username)).isEqualTo(account);
    assertThat(users.lockByUsername(username)).isEqualTo(account);
    assertThat(users.findDuties(username)).containsExactly("decide");
    assertThat(users.findByUsername("nobody-" + UUID.randomUUID())).isNull();
  }

  @Test
  void readsTheDemoEnterpriseUser() {
    UserAccount enterprise = users.findByUsername("enterprise");

    assertThat(enterprise.role()).isEqualTo(Role.ENTERPRISE);
    assertThat(enterprise.enterpriseId()).isEqualTo(1L);
    assertThat(enterprise.departmentCode()).isNull();
    assertThat(users.findDuties("enterprise")).isEmpty();
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
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.CLERK, null, null)))
        .as("a clerk without a department")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.ENTERPRISE, null, null)))
        .as("an enterprise user without an enterprise")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.SUPERVISOR, 1L, null)))
        .as("a supervisor acting for an enterprise")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> users.insertDuty("clerk", "sign"))
        .as("an unknown duty")
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () -> users.insert(account("x-" + UUID.randomUUID(), Role.CLERK, null, "nowhere")))
        .as("a clerk of an unknown department")
        .isInstanceOf(DataIntegrityViolationException.class);
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
