package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * What the audit trail records of the administration of users and enterprises: one record for each
 * thing a change did, and never a password.
 */
@WithHall
class AdminAuditTest {

  private static final String NEW_PASSWORD = "Changed#2026pw";

  Hall hall;
  Journeys journeys;

  /** The hall's administrator's records of the object, oldest first. */
  private List<JsonNode> trailOf(String object) {
    return new AuditTrails(journeys.as(hall.supervisor()))
        .find("actor=" + hall.admin() + "&object=" + object);
  }

  private static List<String> actions(List<JsonNode> records) {
    return AuditTrails.actions(records);
  }

  private int patch(String username, Map<String, Object> body) {
    ResponseEntity<String> response =
        journeys
            .http(hall.admin())
            .exchange(
                "/api/admin/users/" + username,
                HttpMethod.PATCH,
                new HttpEntity<>(body),
                String.class);
    return response.getStatusCode().value();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aUsersCreationAndEachChangeAreRecordedWithoutThePassword() {
    String username = unique("audited");
    Api admin = journeys.as(hall.admin());
    Api.Response created =
        admin.post(
            "/api/admin/users",
            Map.of(
                "username",
                username,
                "password",
                Hall.PASSWORD,
                "displayName",
                "测试窗口",
                "role",
                "CLERK",
                "departmentCode",
                hall.department(),
                "duties",
                List.of("accept")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    assertThat(patch(username, Map.of("displayName", "新名字", "duties", List.of("accept", "review"))))
        .isEqualTo(200);
    assertThat(patch(username, Map.of("enabled", false))).isEqualTo(200);
    assertThat(patch(username, Map.of("enabled", true, "unlock", true))).isEqualTo(200);
    assertThat(patch(username, Map.of("password", NEW_PASSWORD))).isEqualTo(200);

    List<JsonNode> records = trailOf("user:" + username);
    assertThat(actions(records))
        .containsExactly(
            "USER_CREATED",
            "USER_CHANGED",
            "DUTIES_CHANGED",
            "USER_DISABLED",
            "USER_ENABLED",
            "USER_UNLOCKED",
            "PASSWORD_RESET");
    for (JsonNode record : records) {
      assertThat(record.path("actor").asText()).isEqualTo(hall.admin());
      assertThat(record.path("role").asText()).isEqualTo("ADMIN");
      assertThat(record.path("object").asText()).isEqualTo("user:" + username);
      assertThat(record.path("hash").asText()).hasSize(64);
      assertThat(record.toString()).doesNotContain(NEW_PASSWORD).doesNotContain(Hall.PASSWORD);
    }
    JsonNode verified = journeys.as(hall.supervisor()).get("/api/audit/verification").body();
    assertThat(verified.path("valid").asBoolean()).isTrue();
  }

  @Test
  void aRefusedChangeRecordsNothing() {
    String username = unique("refused");
    Api.Response weak =
        journeys
            .as(hall.admin())
            .post(
                "/api/admin/users",
                Map.of(
                    "username",
                    username,
                    "password",
                    "Password123",
                    "displayName",
                    "测试",
                    "role",
                    "SUPERVISOR"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(patch(hall.supervisor(), Map.of("duties", List.of("accept")))).isEqualTo(400);

    assertThat(trailOf("user:" + username)).isEmpty();
    assertThat(trailOf("user:" + hall.supervisor())).isEmpty();
  }

  @Test
  void anEnterpriseRegisteredIsRecorded() {
    String code = IdentityFixtures.newCreditCode();
    Api admin = journeys.as(hall.admin());
    Api.Response registered =
        admin.post(
            "/api/admin/enterprises",
            Map.of("creditCode", code, "name", "审计测试公司", "legalRepresentative", "张三"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    Api.Response again =
        admin.post(
            "/api/admin/enterprises",
            Map.of("creditCode", code, "name", "审计测试公司", "legalRepresentative", "张三"));
    assertThat(again.status()).isEqualTo(409);

    assertThat(actions(trailOf("enterprise:" + code))).containsExactly("ENTERPRISE_REGISTERED");
  }
}
