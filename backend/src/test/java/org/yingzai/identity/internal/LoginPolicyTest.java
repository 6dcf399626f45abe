package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.IdentityFixtures.DEMO_PASSWORD;
import static org.yingzai.identity.internal.ApiCalls.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * The login policy over HTTP. Wrong passwords are only ever sent for users created by the test
 * itself (or for nobody at all), never for the hall's users or a demo account.
 */
@WithHall
class LoginPolicyTest {

  private static final Instant START = Instant.parse("2026-11-30T02:00:00Z");

  @Autowired TestRestTemplate rest;
  Hall hall;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserMapper userMapper;
  @Autowired LoginThrottle throttle;
  @Autowired MeterRegistry meters;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired ApplicationContext context;

  private ApiCalls api;
  private TestUsers users;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(rest);
    users = new TestUsers(userMapper);
    throttle.clear();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    // all tests call from the same address: forget this test's failures
    throttle.clear();
  }

  private static void setClock(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private ResponseEntity<JsonNode> me(String username, String password) {
    return api.get("/api/me", username, password);
  }

  @Test
  void withoutCredentialsTheCallerIsAskedToLogIn() {
    ResponseEntity<JsonNode> response = me(null, null);

    String detail = assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(detail).isEqualTo("请先登录：用用户名和密码（HTTP Basic）调用此接口。");
    assertThat(response.getBody().path("title").asText()).isEqualTo("需要登录");
  }

  @Test
  void problemsSpeakTheLanguageTheClientAsksFor() {
    ResponseEntity<JsonNode> response =
        api.exchange(HttpMethod.GET, "/api/me", null, null, "en", null);

    assertThat(assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
        .startsWith("Please log in");
  }

  @Test
  void aWrongPasswordOrAnUnknownUserIsRefused() {
    String username = users.supervisor("wrong");

    assertProblem(me(username, "not-the-password"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertProblem(
        me("nobody-" + UUID.randomUUID(), DEMO_PASSWORD),
        HttpStatus.UNAUTHORIZED,
        "UNAUTHENTICATED");
    assertThat(failedLogins(username)).isEqualTo(1);
  }

  @Test
  void fiveWrongPasswordsFromOneAddressMakeItWaitAMinuteAnsweredLikeAnyWrongPassword() {
    String username = users.supervisor("wait");
    setClock(START);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertProblem(me(username, "wrong-" + attempt), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, locked_until FROM app_user WHERE username = ?", username))
        .containsEntry("failed_logins", 5)
        .containsEntry("locked_until", null);

    // even the right password is refused from here, and costs no password check
    setClock(START.plusSeconds(59));
    double checks = passwordChecks();
    assertProblem(me(username, TestUsers.PASSWORD), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(passwordChecks()).isEqualTo(checks);

    setClock(START.plusSeconds(60));
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(failedLogins(username)).isZero();
  }

  @Test
  void fiftyWrongPasswordsInARowFromAnywhereLockTheAccountForFifteenMinutes() {
    String username = users.supervisor("locked");
    // as if 49 had come from many addresses, five or fewer from each
    jdbc.update("UPDATE app_user SET failed_logins = 49 WHERE username = ?", username);
    setClock(START);

    assertProblem(me(username, "wrong-50"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, CAST(locked_until AS CHAR) AS until FROM app_user"
                    + " WHERE username = ?",
                username))
        .containsEntry("failed_logins", 50)
        .containsEntry("until", "2026-11-30 02:15:00");

    // even the right password is refused, answered as a wrong one
    setClock(START.plus(Duration.ofMinutes(15)).minusSeconds(1));
    assertProblem(me(username, TestUsers.PASSWORD), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");

    setClock(START.plus(Duration.ofMinutes(15)));
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, locked_until FROM app_user WHERE username = ?", username))
        .containsEntry("failed_logins", 0)
        .containsEntry("locked_until", null);
  }

  @Test
  void aSuccessfulLoginResetsTheCount() {
    String username = users.supervisor("reset");

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertProblem(me(username, "wrong-" + attempt), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(failedLogins(username)).isZero();

    assertProblem(me(username, "wrong-again"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(failedLogins(username)).isEqualTo(1);
  }

  @Test
  void afterAnExpiredLockANewSeriesOfFailuresBegins() {
    String username = users.supervisor("relock");
    jdbc.update("UPDATE app_user SET failed_logins = 49 WHERE username = ?", username);
    setClock(START);
    me(username, "wrong-50");

    setClock(START.plus(Duration.ofMinutes(20)));
    assertProblem(me(username, "wrong-51"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(
            jdbc.queryForMap(
                "SELECT failed_logins, locked_until FROM app_user WHERE username = ?", username))
        .containsEntry("failed_logins", 1)
        .containsEntry("locked_until", null);
  }

  @Test
  void aVerifiedPasswordIsNotHashedAgainForAFewMinutes() {
    String username = users.supervisor("cached");
    setClock(START);
    double checks = passwordChecks();

    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(passwordChecks()).isEqualTo(checks + 1);
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(passwordChecks()).as("served from the cache").isEqualTo(checks + 1);

    // a failure forgets what was verified
    assertProblem(me(username, "wrong"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(passwordChecks()).isEqualTo(checks + 3);

    // and after five minutes the password is checked again
    setClock(START.plus(Duration.ofMinutes(5)));
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(passwordChecks()).isEqualTo(checks + 4);
  }

  @Test
  void aNewPasswordMakesTheCachedOneWorthless() {
    String username = users.supervisor("changed");
    assertThat(me(username, TestUsers.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);

    jdbc.update(
        "UPDATE app_user SET password_hash = ? WHERE username = ?",
        passwordEncoder.encode("New#2026pass"),
        username);

    assertProblem(me(username, TestUsers.PASSWORD), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(me(username, "New#2026pass").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDisabledUserIsRefusedEvenWithTheRightPassword() {
    String username = users.disabledSupervisor("disabled");

    assertProblem(me(username, TestUsers.PASSWORD), HttpStatus.UNAUTHORIZED, "ACCOUNT_DISABLED");
    assertProblem(me(username, "wrong"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
  }

  @Test
  void failuresForOtherUsersFromTheSameAddressHoldUpNobodyElse() {
    // the attack: one office address behind a NAT fails for many names, real or not
    setClock(START);
    for (int attempt = 1; attempt <= 30; attempt++) {
      assertProblem(
          me("nobody-" + attempt + "-" + UUID.randomUUID(), "wrong"),
          HttpStatus.UNAUTHORIZED,
          "UNAUTHENTICATED");
    }
    String colleague = users.supervisor("colleague");
    for (int attempt = 1; attempt <= 5; attempt++) {
      me(colleague, "wrong-" + attempt);
    }

    setClock(START.plusSeconds(5));
    assertThat(me(hall.supervisor(), Hall.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aSupervisorMayNotCompleteTasks() {
    ResponseEntity<JsonNode> response =
        api.exchange(
            HttpMethod.POST,
            "/api/tasks/x/complete",
            hall.supervisor(),
            Hall.PASSWORD,
            null,
            Map.of("outcome", "APPROVE"));

    assertThat(assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN"))
        .isEqualTo("您的角色无权进行此操作。");
  }

  @Test
  void anEnterpriseMayNotReadTheSupervisionOverview() {
    assertProblem(
        api.get("/api/supervision/overview", hall.enterprise(), Hall.PASSWORD),
        HttpStatus.FORBIDDEN,
        "FORBIDDEN");
  }

  // a test of the demo data itself
  @Test
  void everyDemoAccountHasTheDocumentedPasswordHashedWithCostTen() {
    List<String> hashes =
        jdbc.queryForList(
            "SELECT password_hash FROM app_user WHERE username IN ('enterprise', 'enterprise2',"
                + " 'clerk', 'reviewer', 'approver', 'market-clerk', 'supervisor', 'admin')",
            String.class);

    assertThat(hashes).hasSize(8).allSatisfy(hash -> assertThat(hash).startsWith("$2a$10$"));
    assertThat(hashes.stream().distinct())
        .singleElement()
        .satisfies(hash -> assertThat(passwordEncoder.matches(DEMO_PASSWORD, hash)).isTrue());
  }

  @Test
  void ourUsersReplaceTheGeneratedDefaultUserAndCamundasApiIsNotExposed() {
    assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    assertProblem(me("user", "password"), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", null))
        .isFalse();
    assertThat(
            ClassUtils.isPresent(
                "org.camunda.bpm.webapp.impl.security.auth.UserAuthentication", null))
        .isFalse();
  }

  private int failedLogins(String username) {
    return jdbc.queryForObject(
        "SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, username);
  }

  private double passwordChecks() {
    return meters.get(LoginService.PASSWORD_CHECKS).counter().count();
  }
}
