package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.IdentityFixtures.DEMO_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yingzai.identity.IdentityFixtures;

/**
 * Calls to the administrator's API as the demo administrator, and the bodies of new users. Every
 * user and enterprise made here has a name of its own, so tests never touch the demo accounts.
 */
final class AdminCalls {

  /** The password of every user created here. */
  static final String PASSWORD = "Start#2026pw";

  private final ApiCalls api;

  AdminCalls(TestRestTemplate rest) {
    this.api = new ApiCalls(rest);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> user(String username, String role) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", PASSWORD);
    body.put("displayName", "测试用户");
    body.put("role", role);
    return body;
  }

  static Map<String, Object> clerk(String username, String department, String... duties) {
    Map<String, Object> body = user(username, "CLERK");
    body.put("departmentCode", department);
    body.put("duties", List.of(duties));
    return body;
  }

  static Map<String, Object> enterpriseUser(String username, String creditCode) {
    Map<String, Object> body = user(username, "ENTERPRISE");
    body.put("enterpriseCreditCode", creditCode);
    return body;
  }

  static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body) {
    return api.exchange(method, path, "admin", DEMO_PASSWORD, null, body);
  }

  ResponseEntity<JsonNode> create(Map<String, Object> body) {
    return call(HttpMethod.POST, "/api/admin/users", body);
  }

  /** Creates the user and returns their username. */
  String created(Map<String, Object> body) {
    ResponseEntity<JsonNode> response = create(body);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().path("username").asText();
  }

  ResponseEntity<JsonNode> patch(String username, Object body) {
    return call(HttpMethod.PATCH, "/api/admin/users/" + username, body);
  }

  JsonNode patched(String username, Object body) {
    ResponseEntity<JsonNode> response = patch(username, body);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  JsonNode get(String path) {
    ResponseEntity<JsonNode> response = call(HttpMethod.GET, path, null);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  JsonNode user(String username) {
    return get("/api/admin/users/" + username);
  }

  /** Registers a new enterprise and returns its credit code. */
  String newEnterprise() {
    String code = IdentityFixtures.newCreditCode();
    ResponseEntity<JsonNode> response =
        call(
            HttpMethod.POST,
            "/api/admin/enterprises",
            Map.of("creditCode", code, "name", "测试企业" + code, "legalRepresentative", "张三"));
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return code;
  }
}
