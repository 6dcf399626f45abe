package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.internal.AdminCalls.PASSWORD;
import static org.yingzai.identity.internal.AdminCalls.clerk;
import static org.yingzai.identity.internal.AdminCalls.unique;
import static org.yingzai.identity.internal.AdminCalls.user;
import static org.yingzai.identity.internal.ApiCalls.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.IntegrationTest;

/**
 * An administrator's changes to a user apply to that user's very next request. Every user changed
 * here is created by the test; wrong passwords are sent only for them.
 */
@IntegrationTest
class UserChangesTest {

  private static final String NEW_PASSWORD = "Changed#2026pw";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired LoginThrottle throttle;
  @Autowired MeterRegistry meters;

  private AdminCalls admin;
  private ApiCalls api;

  @BeforeEach
  void setUp() {
    admin = new AdminCalls(rest);
    api = new ApiCalls(rest);
    throttle.clear();
  }

  @AfterEach
  void tearDown() {
    // all tests call from the same address: forget this test's failures
    throttle.clear();
  }

  private ResponseEntity<JsonNode> me(String username, String password) {
    return api.get("/api/me", username, password);
  }

  private JsonNode meOk(String username, String password) {
    ResponseEntity<JsonNode> response = me(username, password);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void aNewPasswordWorksOnTheNextRequestAndTheOldOneNoLonger() {
    String username = admin.created(user(unique("pw"), "SUPERVISOR"));
    meOk(username, PASSWORD);
    meOk(username, PASSWORD); // now served from the verified-password cache

    JsonNode changed = admin.patched(username, Map.of("password", NEW_PASSWORD));

    assertThat(changed.toString()).doesNotContain("password", "$2a$", NEW_PASSWORD);
    assertProblem(me(username, PASSWORD), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    meOk(username, NEW_PASSWORD);
  }

  @Test
  void aNewPasswordFollowsTheSameRules() {
    String username = admin.created(user(unique("pw"), "SUPERVISOR"));
    String hash = passwordHash(username);

    assertProblem(
        admin.patch(username, Map.of("password", "password12")),
        HttpStatus.BAD_REQUEST,
        "PASSWORD_TOO_WEAK");
    assertProblem(
        admin.patch(username, Map.of("password", "Aa1#".repeat(19))),
        HttpStatus.BAD_REQUEST,
        "PASSWORD_TOO_LONG");
    assertProblem(
        admin.patch(username, Map.of("password", "Password123")),
        HttpStatus.BAD_REQUEST,
        "PASSWORD_TOO_COMMON");
    assertProblem(
        admin.patch(username, Map.of("password", username.toUpperCase(Locale.ROOT) + "#a1")),
        HttpStatus.BAD_REQUEST,
        "PASSWORD_CONTAINS_USERNAME");

    assertThat(passwordHash(username)).isEqualTo(hash);
    meOk(username, PASSWORD);
  }

  @Test
  void aDisabledUserIsRefusedOnTheNextRequestAndMayBeEnabledAgain() {
    String username = admin.created(user(unique("off"), "SUPERVISOR"));
    meOk(username, PASSWORD);
    meOk(username, PASSWORD);

    assertThat(admin.patched(username, Map.of("enabled", false)).path("enabled").asBoolean())
        .isFalse();

    assertThat(assertProblem(me(username, PASSWORD), HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED"))
        .isEqualTo("账户已停用，请联系管理员。");
    assertThat(admin.user(username).path("enabled").asBoolean()).isFalse();

    admin.patched(username, Map.of("enabled", true));
    meOk(username, PASSWORD);
  }

  @Test
  void changedDutiesApplyToTheNextRequest() {
    String username = admin.created(clerk(unique("duty"), "market", "accept"));
    assertThat(meOk(username, PASSWORD).path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("accept");
    double checks = passwordChecks();
    meOk(username, PASSWORD);
    assertThat(passwordChecks()).as("served from the cache").isEqualTo(checks);

    JsonNode changed = admin.patched(username, Map.of("duties", List.of("review", "decide")));
    assertThat(changed.path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("decide", "review");

    checks = passwordChecks();
    assertThat(meOk(username, PASSWORD).path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("decide", "review");
    assertThat(passwordChecks()).as("the verified password was forgotten").isEqualTo(checks + 1);
    assertThat(
            jdbc.queryForList(
                "SELECT duty FROM user_duty WHERE username = ? ORDER BY duty",
                String.class,
                username))
        .containsExactly("decide", "review");
  }

  @Test
  void dutiesAreForClerksOnlyAndAClerkKeepsAtLeastOne() {
    String clerk = admin.created(clerk(unique("duty"), "market", "accept"));
    String supervisor = admin.created(user(unique("duty"), "SUPERVISOR"));

    assertProblem(
        admin.patch(clerk, Map.of("duties", List.of())), HttpStatus.BAD_REQUEST, "DUTY_REQUIRED");
    assertProblem(
        admin.patch(clerk, Map.of("duties", List.of("accept", "verify"))),
        HttpStatus.BAD_REQUEST,
        "DUTY_INVALID");
    assertProblem(
        admin.patch(supervisor, Map.of("duties", List.of("accept"))),
        HttpStatus.BAD_REQUEST,
        "DUTIES_NOT_ALLOWED");

    assertThat(admin.user(clerk).path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("accept");
    assertThat(admin.user(supervisor).path("duties")).isEmpty();
  }

  @Test
  void unlockingClearsTheLockAndTheFailures() {
    String username = admin.created(user(unique("lock"), "SUPERVISOR"));
    // as if 45 had come from other addresses: five more from here lock the account
    jdbc.update("UPDATE app_user SET failed_logins = 45 WHERE username = ?", username);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertProblem(me(username, "wrong-" + attempt), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }
    // a lock is answered like any wrong password, so that it does not tell who has an account
    assertProblem(me(username, PASSWORD), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");

    JsonNode locked = admin.user(username);
    assertThat(locked.path("locked").asBoolean()).isTrue();
    assertThat(locked.path("failedLogins").asInt()).isEqualTo(50);
    assertThat(locked.path("lockedUntil").asText()).endsWith("+08:00");

    JsonNode unlocked = admin.patched(username, Map.of("unlock", true));

    assertThat(unlocked.path("locked").asBoolean()).isFalse();
    assertThat(unlocked.path("failedLogins").asInt()).isZero();
    assertThat(unlocked.has("lockedUntil")).isFalse();
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, locked_until FROM app_user WHERE username = ?", username))
        .containsEntry("failed_logins", 0)
        .containsEntry("locked_until", null);
    meOk(username, PASSWORD);
  }

  @Test
  void aNewDisplayNameShowsOnTheNextRequest() {
    String username = admin.created(user(unique("name"), "SUPERVISOR"));
    meOk(username, PASSWORD);

    assertThat(admin.patched(username, Map.of("displayName", " 孙悟空 ")).path("displayName").asText())
        .isEqualTo("孙悟空");

    assertThat(meOk(username, PASSWORD).path("displayName").asText()).isEqualTo("孙悟空");
    assertProblem(
        admin.patch(username, Map.of("displayName", "")),
        HttpStatus.BAD_REQUEST,
        "DISPLAY_NAME_REQUIRED");
  }

  @Test
  void aUserMovesBetweenSupervisorAndAdministratorAndNowhereElse() {
    String username = admin.created(user(unique("role"), "SUPERVISOR"));
    assertProblem(
        api.get("/api/admin/users", username, PASSWORD), HttpStatus.FORBIDDEN, "FORBIDDEN");

    assertThat(admin.patched(username, Map.of("role", "ADMIN")).path("role").asText())
        .isEqualTo("ADMIN");
    assertThat(api.get("/api/admin/users", username, PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    admin.patched(username, Map.of("role", "SUPERVISOR"));
    assertProblem(
        api.get("/api/admin/users", username, PASSWORD), HttpStatus.FORBIDDEN, "FORBIDDEN");

    String clerk = admin.created(clerk(unique("role"), "market", "review"));
    assertThat(
            assertProblem(
                admin.patch(clerk, Map.of("role", "SUPERVISOR")),
                HttpStatus.BAD_REQUEST,
                "ROLE_CHANGE_UNSUPPORTED"))
        .isEqualTo(
            "不能把角色 CLERK 改为 SUPERVISOR：角色只能在效能监察（SUPERVISOR）与管理员（ADMIN）之间调整；其他情况请停用原账户并新建账户。");
    assertProblem(
        admin.patch(username, Map.of("role", "CLERK")),
        HttpStatus.BAD_REQUEST,
        "ROLE_CHANGE_UNSUPPORTED");
    assertProblem(
        admin.patch(username, Map.of("role", "BOSS")), HttpStatus.BAD_REQUEST, "ROLE_INVALID");
    assertThat(admin.user(clerk).path("role").asText()).isEqualTo("CLERK");
  }

  @Test
  void anAdministratorCannotDisableOrDemoteThemselves() {
    String self = admin.created(user(unique("self"), "ADMIN"));

    assertThat(
            assertProblem(
                patchAs(self, self, Map.of("enabled", false)),
                HttpStatus.CONFLICT,
                "SELF_CHANGE_REFUSED"))
        .isEqualTo("不能停用自己的账户，请由另一位管理员操作。");
    assertThat(
            assertProblem(
                patchAs(self, self, Map.of("role", "SUPERVISOR", "displayName", "降级")),
                HttpStatus.CONFLICT,
                "SELF_CHANGE_REFUSED"))
        .isEqualTo("不能取消自己的管理员角色，请由另一位管理员操作。");

    JsonNode unchanged = admin.user(self);
    assertThat(unchanged.path("enabled").asBoolean()).isTrue();
    assertThat(unchanged.path("role").asText()).isEqualTo("ADMIN");
    assertThat(unchanged.path("displayName").asText()).isEqualTo("测试用户");

    // their own name and password they may change, and another administrator may disable them
    assertThat(patchAs(self, self, Map.of("displayName", "自己改名")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(admin.patched(self, Map.of("enabled", false)).path("enabled").asBoolean()).isFalse();
    assertProblem(me(self, PASSWORD), HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED");
  }

  @Test
  void aPatchThatChangesNothingOrNamesNobodyIsRefused() {
    String username = admin.created(user(unique("noop"), "SUPERVISOR"));

    assertProblem(admin.patch(username, Map.of()), HttpStatus.BAD_REQUEST, "NOTHING_TO_CHANGE");
    assertProblem(
        admin.patch(username, Map.of("unlock", false)),
        HttpStatus.BAD_REQUEST,
        "NOTHING_TO_CHANGE");
    assertProblem(
        admin.patch(unique("nobody"), Map.of("enabled", false)),
        HttpStatus.NOT_FOUND,
        "USER_NOT_FOUND");
  }

  private ResponseEntity<JsonNode> patchAs(String caller, String username, Object body) {
    return api.exchange(
        HttpMethod.PATCH, "/api/admin/users/" + username, caller, PASSWORD, null, body);
  }

  private String passwordHash(String username) {
    return jdbc.queryForObject(
        "SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
  }

  private double passwordChecks() {
    return meters.get(LoginService.PASSWORD_CHECKS).counter().count();
  }
}
