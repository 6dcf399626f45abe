package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.IdentityFixtures.DEMO_PASSWORD;
import static org.yingzai.identity.internal.AdminCalls.PASSWORD;
import static org.yingzai.identity.internal.AdminCalls.clerk;
import static org.yingzai.identity.internal.AdminCalls.enterpriseUser;
import static org.yingzai.identity.internal.AdminCalls.unique;
import static org.yingzai.identity.internal.AdminCalls.user;
import static org.yingzai.identity.internal.AdminCalls.with;
import static org.yingzai.identity.internal.ApiCalls.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.IntegrationTest;

/** The administrator creates, finds and lists users over HTTP. */
@IntegrationTest
class UserAdminControllerTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder passwordEncoder;

  private AdminCalls admin;
  private ApiCalls api;

  @BeforeEach
  void setUp() {
    admin = new AdminCalls(rest);
    api = new ApiCalls(rest);
  }

  private JsonNode me(String username) {
    ResponseEntity<JsonNode> response = api.get("/api/me", username, PASSWORD);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void aCreatedClerkLogsInAndSeesTheirDepartmentDutiesAndStation() {
    String username = unique("clerk");
    Map<String, Object> body = clerk(username, "planning", "review", "accept");
    body.put("stationCode", "station-xinglong");
    body.put("displayName", " 钱进 ");

    ResponseEntity<JsonNode> created = admin.create(body);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasPath("/api/admin/users/" + username);
    JsonNode user = created.getBody();
    assertThat(user.path("username").asText()).isEqualTo(username);
    assertThat(user.path("displayName").asText()).isEqualTo("钱进");
    assertThat(user.path("role").asText()).isEqualTo("CLERK");
    assertThat(user.path("department").path("name").asText()).isEqualTo("规划建设局");
    assertThat(user.path("station").path("code").asText()).isEqualTo("station-xinglong");
    assertThat(user.path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("accept", "review");
    assertThat(user.path("enabled").asBoolean()).isTrue();
    assertThat(user.path("locked").asBoolean()).isFalse();
    assertThat(user.path("failedLogins").asInt()).isZero();
    assertThat(user.has("lockedUntil")).isFalse();
    assertThat(user.path("createdAt").asText()).endsWith("+08:00");
    assertThat(user.has("enterprise")).isFalse();
    assertThat(user.toString()).doesNotContain("password", "$2a$", PASSWORD);

    String hash =
        jdbc.queryForObject(
            "SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
    assertThat(hash).startsWith("$2a$10$");
    assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();

    JsonNode me = me(username);
    assertThat(me.path("role").asText()).isEqualTo("CLERK");
    assertThat(me.path("displayName").asText()).isEqualTo("钱进");
    assertThat(me.path("department").path("code").asText()).isEqualTo("planning");
    assertThat(me.path("station").path("name").asText()).isEqualTo("兴隆街道便民服务站");
    assertThat(me.path("duties")).extracting(JsonNode::asText).containsExactly("accept", "review");

    assertThat(admin.user(username)).isEqualTo(user);
  }

  @Test
  void anEnterpriseUserActsForTheirRegisteredEnterprise() {
    String code = admin.newEnterprise();
    String username = admin.created(enterpriseUser(unique("ent"), code));

    JsonNode user = admin.user(username);
    assertThat(user.path("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(user.path("enterprise").path("creditCode").asText()).isEqualTo(code);
    assertThat(user.path("enterprise").path("name").asText()).isEqualTo("测试企业" + code);
    assertThat(user.has("department")).isFalse();
    assertThat(user.path("duties")).isEmpty();

    JsonNode me = me(username);
    assertThat(me.path("enterprise").path("creditCode").asText()).isEqualTo(code);
    assertThat(me.path("duties")).isEmpty();
  }

  @Test
  void supervisorsAndAdministratorsNeedNothingButTheirRole() {
    String supervisor = admin.created(with(user(unique("sup"), "SUPERVISOR"), "duties", List.of()));
    String administrator = admin.created(user(unique("adm"), "ADMIN"));

    assertThat(me(supervisor).path("role").asText()).isEqualTo("SUPERVISOR");
    assertThat(me(administrator).path("role").asText()).isEqualTo("ADMIN");
    ResponseEntity<JsonNode> asAdministrator =
        api.get("/api/admin/users/" + supervisor, administrator, PASSWORD);
    assertThat(asAdministrator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asAdministrator.getBody().has("department")).isFalse();
    assertThat(asAdministrator.getBody().has("enterprise")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ab", "Upper-case", "-starts-with-dash", "with space", "张三", "a@b.cn", ""})
  void refusesAUsernameOutsideThePattern(String username) {
    assertRefused(user(username, "SUPERVISOR"), "USERNAME_INVALID");
  }

  @Test
  void refusesTheUsernameReservedForTheSystem() {
    assertRefused(user("system", "SUPERVISOR"), "USERNAME_RESERVED");
  }

  @Test
  void refusesAMissingOrTooLongUsernameAndAcceptsDotsDashesAndUnderscores() {
    assertRefused(with(user("x", "SUPERVISOR"), "username", null), "USERNAME_INVALID");
    assertRefused(user("a".repeat(65), "SUPERVISOR"), "USERNAME_INVALID");
    String longest = unique("x").replace('-', '.') + "_" + "a".repeat(64 - 11);
    assertThat(longest).hasSize(64);
    admin.created(user(longest, "SUPERVISOR"));
    assertThat(
            assertProblem(
                admin.create(user("Zhang San", "SUPERVISOR")),
                HttpStatus.BAD_REQUEST,
                "USERNAME_INVALID"))
        .isEqualTo("用户名“Zhang San”不符合要求：须为 3 到 64 位，只能使用小写字母、数字和“.”“_”“-”，并以小写字母或数字开头。");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ab#12345", "abcdefghijkl", "abcdefgh1234", "ABCDEFGH####"})
  void refusesAWeakPassword(String password) {
    String username = unique("weak");
    assertThat(
            assertProblem(
                admin.create(with(user(username, "SUPERVISOR"), "password", password)),
                HttpStatus.BAD_REQUEST,
                "PASSWORD_TOO_WEAK"))
        .isEqualTo("密码太弱：至少 10 个字符，并包含小写字母、大写字母、数字、符号中的至少 3 类。");
    assertNotSaved(username);
  }

  @Test
  void refusesAMissingOrOverlongPassword() {
    assertRefused(with(user(unique("nopw"), "SUPERVISOR"), "password", null), "PASSWORD_TOO_WEAK");
    assertRefused(
        with(user(unique("longpw"), "SUPERVISOR"), "password", "Aa1#".repeat(18) + "x"),
        "PASSWORD_TOO_LONG");
  }

  @Test
  void refusesACommonPasswordAndOneThatIsTheUsername() {
    // the attack: passwords that follow the length and kind rules yet are guessed first
    String common = unique("common");
    assertThat(
            assertProblem(
                admin.create(with(user(common, "SUPERVISOR"), "password", "Password123")),
                HttpStatus.BAD_REQUEST,
                "PASSWORD_TOO_COMMON"))
        .isEqualTo("密码过于常见：它在常用及已泄露的密码名单中，容易被猜中，请另选一个。");
    assertNotSaved(common);

    String named = unique("ops.team-2026");
    assertThat(
            assertProblem(
                admin.create(with(user(named, "SUPERVISOR"), "password", named)),
                HttpStatus.BAD_REQUEST,
                "PASSWORD_CONTAINS_USERNAME"))
        .isEqualTo("密码不能包含用户名（无论大小写，正写或倒写）。");
    assertNotSaved(named);

    ResponseEntity<JsonNode> english =
        api.exchange(
            HttpMethod.POST,
            "/api/admin/users",
            "admin",
            DEMO_PASSWORD,
            "en",
            with(user(unique("common"), "SUPERVISOR"), "password", "Password123"));
    assertThat(assertProblem(english, HttpStatus.BAD_REQUEST, "PASSWORD_TOO_COMMON"))
        .startsWith("The password is too common");
  }

  @Test
  void refusesAMissingOrTooLongDisplayNameAndAMissingOrUnknownRole() {
    assertRefused(
        with(user(unique("n"), "SUPERVISOR"), "displayName", " "), "DISPLAY_NAME_REQUIRED");
    assertRefused(
        with(user(unique("n"), "SUPERVISOR"), "displayName", "长".repeat(101)),
        "DISPLAY_NAME_TOO_LONG");
    assertRefused(user(unique("r"), null), "ROLE_REQUIRED");
    assertThat(assertRefused(user(unique("r"), "ROOT"), "ROLE_INVALID"))
        .isEqualTo(
            "角色“ROOT”不存在，应为 ENTERPRISE（企业用户）、CLERK（窗口/审批人员）、SUPERVISOR（效能监察）或 ADMIN（管理员）之一。");
  }

  @Test
  void anEnterpriseUserNeedsARegisteredEnterpriseAndNothingElse() {
    String code = admin.newEnterprise();
    assertRefused(user(unique("e"), "ENTERPRISE"), "ENTERPRISE_REQUIRED");
    assertThat(
            assertRefused(enterpriseUser(unique("e"), "91371500MA3C12346E"), "CREDIT_CODE_INVALID"))
        .isEqualTo("统一社会信用代码 91371500MA3C12346E 的校验码（第 18 位）应为“D”，而不是“E”。");
    String unknown = IdentityFixtures.newCreditCode();
    assertThat(assertRefused(enterpriseUser(unique("e"), unknown), "ENTERPRISE_UNKNOWN"))
        .isEqualTo("统一社会信用代码为 " + unknown + " 的市场主体尚未登记，请先登记该市场主体再为其创建用户。");
    assertThat(
            assertRefused(
                with(enterpriseUser(unique("e"), code), "departmentCode", "planning"),
                "DEPARTMENT_NOT_ALLOWED"))
        .isEqualTo("角色为 ENTERPRISE 的用户不能归属部门：只有窗口/审批人员（CLERK）属于部门。");
    assertRefused(
        with(enterpriseUser(unique("e"), code), "stationCode", "station-xinglong"),
        "STATION_NOT_ALLOWED");
    assertRefused(
        with(enterpriseUser(unique("e"), code), "duties", List.of("accept")), "DUTIES_NOT_ALLOWED");
  }

  @Test
  void aClerkNeedsAnExistingDepartmentAndDutiesToAcceptReviewOrDecide() {
    assertRefused(clerk(unique("c"), null, "accept"), "DEPARTMENT_REQUIRED");
    assertThat(assertRefused(clerk(unique("c"), "nowhere", "accept"), "DEPARTMENT_UNKNOWN"))
        .isEqualTo("部门“nowhere”不存在。");
    assertRefused(clerk(unique("c"), "planning"), "DUTY_REQUIRED");
    assertRefused(with(clerk(unique("c"), "planning"), "duties", null), "DUTY_REQUIRED");
    assertThat(assertRefused(clerk(unique("c"), "planning", "accept", "sign"), "DUTY_INVALID"))
        .isEqualTo("职责“sign”无效，只能是 accept（受理）、review（审查）或 decide（决定）。");
    // the schema knows more duties than an administrator may hand out
    assertRefused(clerk(unique("c"), "planning", "issue"), "DUTY_INVALID");
    assertRefused(
        with(clerk(unique("c"), "planning", "accept"), "stationCode", "nowhere"),
        "STATION_UNKNOWN");
    assertRefused(
        with(
            clerk(unique("c"), "planning", "accept"), "enterpriseCreditCode", "91370500MA3C4XK7XG"),
        "ENTERPRISE_NOT_ALLOWED");
  }

  @Test
  void supervisorsAndAdministratorsHaveNoEnterpriseDepartmentStationOrDuties() {
    assertRefused(
        with(user(unique("s"), "SUPERVISOR"), "enterpriseCreditCode", "91370500MA3C4XK7XG"),
        "ENTERPRISE_NOT_ALLOWED");
    assertRefused(
        with(user(unique("s"), "SUPERVISOR"), "departmentCode", "planning"),
        "DEPARTMENT_NOT_ALLOWED");
    assertRefused(
        with(user(unique("s"), "ADMIN"), "stationCode", "station-xinglong"), "STATION_NOT_ALLOWED");
    assertThat(
            assertRefused(
                with(user(unique("s"), "ADMIN"), "duties", List.of("decide")),
                "DUTIES_NOT_ALLOWED"))
        .isEqualTo("角色为 ADMIN 的用户不能有职责：只有窗口/审批人员（CLERK）承担受理、审查、决定等职责。");
  }

  @Test
  void aTakenUsernameIsAConflictAndTheExistingUserStaysAsItWas() {
    String username = admin.created(user(unique("twice"), "SUPERVISOR"));

    assertThat(
            assertProblem(
                admin.create(with(user(username, "ADMIN"), "displayName", "别人")),
                HttpStatus.CONFLICT,
                "USER_EXISTS"))
        .isEqualTo("用户名 " + username + " 已被使用，请换一个用户名。");
    assertProblem(
        admin.create(clerk("clerk", "market", "decide")), HttpStatus.CONFLICT, "USER_EXISTS");

    assertThat(admin.user(username).path("role").asText()).isEqualTo("SUPERVISOR");
    assertThat(admin.user(username).path("displayName").asText()).isEqualTo("测试用户");
    JsonNode demoClerk = admin.user("clerk");
    assertThat(demoClerk.path("department").path("code").asText()).isEqualTo("planning");
    assertThat(demoClerk.path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("accept", "verify");
  }

  @Test
  void refusalsSpeakEnglishWhenAskedTo() {
    ResponseEntity<JsonNode> response =
        api.exchange(
            HttpMethod.POST,
            "/api/admin/users",
            "admin",
            DEMO_PASSWORD,
            "en",
            with(user(unique("en"), "SUPERVISOR"), "password", "short"));
    assertThat(assertProblem(response, HttpStatus.BAD_REQUEST, "PASSWORD_TOO_WEAK"))
        .isEqualTo(
            "The password is too weak: it needs at least 10 characters and at least 3 of"
                + " lower-case letters, upper-case letters, digits and symbols.");
  }

  @Test
  void anUnknownUserIsNotFound() {
    String nobody = unique("nobody");
    assertThat(
            assertProblem(
                admin.call(HttpMethod.GET, "/api/admin/users/" + nobody, null),
                HttpStatus.NOT_FOUND,
                "USER_NOT_FOUND"))
        .isEqualTo("用户 " + nobody + " 不存在。");
  }

  @Test
  void listsTheUsersOfAnEnterprisePageByPage() {
    String code = admin.newEnterprise();
    String first = admin.created(enterpriseUser("a" + unique("ent"), code));
    String second = admin.created(enterpriseUser("b" + unique("ent"), code));

    JsonNode page0 = admin.get("/api/admin/users?enterprise=" + code + "&size=1");
    assertThat(page0.path("totalElements").asLong()).isEqualTo(2);
    assertThat(page0.path("content").findValuesAsText("username")).containsExactly(first);
    JsonNode page1 = admin.get("/api/admin/users?enterprise=" + code + "&size=1&page=1");
    assertThat(page1.path("content").findValuesAsText("username")).containsExactly(second);
    assertThat(page1.path("content").get(0).path("enterprise").path("creditCode").asText())
        .isEqualTo(code);
    assertThat(admin.get("/api/admin/users?enterprise=" + code + "&role=CLERK").path("content"))
        .isEmpty();

    JsonNode unknown = admin.get("/api/admin/users?enterprise=" + IdentityFixtures.newCreditCode());
    assertThat(unknown.path("totalElements").asLong()).isZero();
    assertThat(unknown.path("content")).isEmpty();
  }

  @Test
  void listsUsersByDepartmentAndByRole() {
    String reviewer = admin.created(clerk(unique("env"), "environment", "review"));
    String decider = admin.created(clerk(unique("env"), "environment", "decide", "review"));

    JsonNode environment = admin.get("/api/admin/users?department=environment&size=100");
    assertThat(environment.path("totalElements").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE department_code = 'environment'", Long.class));
    assertThat(environment.path("content").findValuesAsText("username"))
        .contains(reviewer, decider)
        .isEqualTo(
            jdbc.queryForList(
                "SELECT username FROM app_user WHERE department_code = 'environment'"
                    + " ORDER BY username LIMIT 100",
                String.class));
    for (JsonNode user : environment.path("content")) {
      assertThat(user.path("department").path("name").asText()).isEqualTo("生态环境分局");
      if (user.path("username").asText().equals(decider)) {
        assertThat(user.path("duties"))
            .extracting(JsonNode::asText)
            .containsExactly("decide", "review");
      }
    }

    JsonNode supervisors = admin.get("/api/admin/users?role=SUPERVISOR&size=100");
    assertThat(supervisors.path("totalElements").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE role = 'SUPERVISOR'", Long.class));
    assertThat(supervisors.path("content").findValuesAsText("role"))
        .isNotEmpty()
        .containsOnly("SUPERVISOR");
    assertThat(
            admin
                .get("/api/admin/users?role=CLERK&department=planning&size=100")
                .path("content")
                .findValuesAsText("username"))
        .contains("clerk", "reviewer", "approver")
        .doesNotContain("market-clerk");
    assertThat(admin.get("/api/admin/users").path("size").asInt()).isEqualTo(20);
    assertProblem(
        admin.call(HttpMethod.GET, "/api/admin/users?role=BOSS", null),
        HttpStatus.BAD_REQUEST,
        "PARAMETER_INVALID");
  }

  @Test
  void nothingIsHalfSavedWhenTheDutiesCannotBeSaved() {
    String username = unique("halfsaved");
    // a failure the checks cannot foresee, after the user's row is written
    jdbc.execute(
        "CREATE TRIGGER refuse_half_saved_duty BEFORE INSERT ON user_duty FOR EACH ROW"
            + " BEGIN"
            + " IF NEW.username LIKE 'halfsaved-%' THEN"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused for the test';"
            + " END IF;"
            + " END");
    try {
      assertProblem(
          admin.create(clerk(username, "planning", "accept")),
          HttpStatus.INTERNAL_SERVER_ERROR,
          "INTERNAL_ERROR");
    } finally {
      jdbc.execute("DROP TRIGGER refuse_half_saved_duty");
    }
    assertNotSaved(username);
  }

  @ParameterizedTest
  @ValueSource(strings = {"enterprise", "clerk", "supervisor"})
  void onlyAdministratorsMayCallTheAdministrationApi(String username) {
    String newUser = unique("forbidden");
    List<ResponseEntity<JsonNode>> responses =
        List.of(
            api.get("/api/admin/users", username, DEMO_PASSWORD),
            api.get("/api/admin/users/admin", username, DEMO_PASSWORD),
            call(username, HttpMethod.POST, "/api/admin/users", user(newUser, "SUPERVISOR")),
            call(
                username, HttpMethod.PATCH, "/api/admin/users/" + username, Map.of("unlock", true)),
            api.get("/api/admin/enterprises", username, DEMO_PASSWORD),
            api.get(
                "/api/admin/enterprises/" + IdentityFixtures.DEMO_CREDIT_CODE_1,
                username,
                DEMO_PASSWORD),
            call(
                username,
                HttpMethod.POST,
                "/api/admin/enterprises",
                Map.of(
                    "creditCode",
                    IdentityFixtures.newCreditCode(),
                    "name",
                    "越权公司",
                    "legalRepresentative",
                    "张三")));

    responses.forEach(response -> assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN"));
    assertNotSaved(newUser);
    assertThat(
            jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE name = '越权公司'", Long.class))
        .isZero();
  }

  @Test
  void anonymousCallersAreAskedToLogIn() {
    assertProblem(
        api.get("/api/admin/users", null, null), HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    assertProblem(
        api.exchange(
            HttpMethod.POST,
            "/api/admin/enterprises",
            null,
            null,
            null,
            Map.of("creditCode", IdentityFixtures.newCreditCode())),
        HttpStatus.UNAUTHORIZED,
        "UNAUTHENTICATED");
  }

  private ResponseEntity<JsonNode> call(
      String username, HttpMethod method, String path, Object body) {
    return api.exchange(method, path, username, DEMO_PASSWORD, null, body);
  }

  // asserts a 400 with the code and that nothing was saved; returns the detail
  private String assertRefused(Map<String, Object> body, String code) {
    String detail = assertProblem(admin.create(body), HttpStatus.BAD_REQUEST, code);
    Object username = body.get("username");
    if (username != null) {
      assertNotSaved(username.toString());
    }
    return detail;
  }

  private void assertNotSaved(String username) {
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_user WHERE username = ?", Long.class, username))
        .as("users named %s", username)
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM user_duty WHERE username = ?", Long.class, username))
        .as("duties of %s", username)
        .isZero();
  }
}
