package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.IdentityFixtures.DEMO_PASSWORD;
import static org.yingzai.identity.internal.ApiCalls.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.IntegrationTest;

/** The administrator registers and finds enterprises over HTTP. */
@IntegrationTest
class EnterpriseAdminControllerTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private ApiCalls api;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(rest);
  }

  private ResponseEntity<JsonNode> admin(HttpMethod method, String path, Object body) {
    return api.exchange(method, path, "admin", DEMO_PASSWORD, null, body);
  }

  private ResponseEntity<JsonNode> register(String creditCode, String name) {
    return admin(
        HttpMethod.POST,
        "/api/admin/enterprises",
        Map.of("creditCode", creditCode, "name", name, "legalRepresentative", "张三"));
  }

  @Test
  void registersAnEnterpriseAndFindsItByCodeAndInTheList() {
    String code = IdentityFixtures.newCreditCode();
    String token = UUID.randomUUID().toString().substring(0, 8);

    ResponseEntity<JsonNode> created = register(code, " 东营" + token + "新能源有限公司 ");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasPath("/api/admin/enterprises/" + code);
    JsonNode body = created.getBody();
    assertThat(body.path("creditCode").asText()).isEqualTo(code);
    assertThat(body.path("name").asText()).isEqualTo("东营" + token + "新能源有限公司");
    assertThat(body.path("legalRepresentative").asText()).isEqualTo("张三");
    assertThat(body.path("id").asLong())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT id FROM enterprise WHERE credit_code = ?", Long.class, code));

    ResponseEntity<JsonNode> found = admin(HttpMethod.GET, "/api/admin/enterprises/" + code, null);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody()).isEqualTo(body);

    JsonNode byName = list("?q=" + token);
    assertThat(byName.path("totalElements").asLong()).isEqualTo(1);
    assertThat(byName.path("content").get(0)).isEqualTo(body);
    JsonNode byCode = list("?q=" + code.substring(8, 17).toLowerCase(Locale.ROOT));
    assertThat(byCode.path("content").findValuesAsText("creditCode")).containsExactly(code);
  }

  @Test
  void listsEveryEnterpriseInNameOrderPageByPage() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String second = IdentityFixtures.newCreditCode();
    String first = IdentityFixtures.newCreditCode();
    assertThat(register(second, token + "乙公司").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(register(first, token + "_甲公司").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    JsonNode page = list("?q=" + token + "&size=1&page=1");
    assertThat(page.path("totalElements").asLong()).isEqualTo(2);
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("size").asInt()).isEqualTo(1);
    assertThat(page.path("content").findValuesAsText("creditCode")).containsExactly(second);

    // "_" and "%" match themselves, not any character
    assertThat(list("?q=" + token + "_").path("content").findValuesAsText("creditCode"))
        .containsExactly(first);
    assertThat(list("?q=" + token + "%").path("totalElements").asLong()).isZero();

    JsonNode all = list("?size=100");
    assertThat(all.path("totalElements").asLong())
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class));
    assertThat(all.path("content").size()).isEqualTo((int) Math.min(100, count()));

    assertProblem(
        admin(HttpMethod.GET, "/api/admin/enterprises?size=101", null),
        HttpStatus.BAD_REQUEST,
        "PAGE_SIZE_INVALID");
  }

  @Test
  void aWrongCreditCodeIsRefusedSayingWhatIsWrong() {
    assertThat(
            assertProblem(
                register("91371500MA3C12346E", "某公司"),
                HttpStatus.BAD_REQUEST,
                "CREDIT_CODE_INVALID"))
        .isEqualTo("统一社会信用代码 91371500MA3C12346E 的校验码（第 18 位）应为“D”，而不是“E”。");
    assertThat(
            assertProblem(
                register("91371500MA3C1234", "某公司"), HttpStatus.BAD_REQUEST, "CREDIT_CODE_INVALID"))
        .isEqualTo("统一社会信用代码应为 18 位，收到的是 16 位。");
    assertThat(
            assertProblem(
                register("91371500MA3C1234OD", "某公司"),
                HttpStatus.BAD_REQUEST,
                "CREDIT_CODE_INVALID"))
        .contains("第 17 位的“O”不可用");

    ResponseEntity<JsonNode> english =
        api.exchange(
            HttpMethod.POST,
            "/api/admin/enterprises",
            "admin",
            DEMO_PASSWORD,
            "en",
            Map.of("creditCode", "91371500MA3C12346E", "name", "某公司", "legalRepresentative", "张三"));
    assertThat(assertProblem(english, HttpStatus.BAD_REQUEST, "CREDIT_CODE_INVALID"))
        .isEqualTo(
            "The check character (the 18th) of the unified social credit code"
                + " 91371500MA3C12346E should be \"D\", not \"E\".");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE credit_code = '91371500MA3C12346E'",
                Long.class))
        .isZero();
  }

  @Test
  void aSecondRegistrationOfACodeIsAConflict() {
    String code = IdentityFixtures.newCreditCode();
    assertThat(register(code, "第一家公司").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(assertProblem(register(code, "第二家公司"), HttpStatus.CONFLICT, "ENTERPRISE_EXISTS"))
        .isEqualTo("统一社会信用代码为 " + code + " 的市场主体已经登记。");
    assertThat(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE credit_code = ?", String.class, code))
        .isEqualTo("第一家公司");
  }

  @Test
  void refusesMissingNames() {
    String code = IdentityFixtures.newCreditCode();
    assertProblem(
        admin(
            HttpMethod.POST,
            "/api/admin/enterprises",
            Map.of("creditCode", code, "legalRepresentative", "张三")),
        HttpStatus.BAD_REQUEST,
        "ENTERPRISE_NAME_REQUIRED");
    assertProblem(
        admin(HttpMethod.POST, "/api/admin/enterprises", Map.of("creditCode", code, "name", "某公司")),
        HttpStatus.BAD_REQUEST,
        "LEGAL_REPRESENTATIVE_REQUIRED");
    assertProblem(
        api.exchange(
            HttpMethod.POST, "/api/admin/enterprises", "admin", DEMO_PASSWORD, null, "not json"),
        HttpStatus.BAD_REQUEST,
        "BODY_UNREADABLE");
  }

  @Test
  void anUnknownCodeIsNotFoundAndAnInvalidOneSaysWhy() {
    String code = IdentityFixtures.newCreditCode();
    assertThat(
            assertProblem(
                admin(HttpMethod.GET, "/api/admin/enterprises/" + code, null),
                HttpStatus.NOT_FOUND,
                "ENTERPRISE_NOT_FOUND"))
        .isEqualTo("统一社会信用代码为 " + code + " 的市场主体不存在。");
    assertProblem(
        admin(HttpMethod.GET, "/api/admin/enterprises/91371500MA3C12346E", null),
        HttpStatus.BAD_REQUEST,
        "CREDIT_CODE_INVALID");
  }

  private JsonNode list(String query) {
    ResponseEntity<JsonNode> response =
        admin(HttpMethod.GET, "/api/admin/enterprises" + query, null);
    assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
  }
}
