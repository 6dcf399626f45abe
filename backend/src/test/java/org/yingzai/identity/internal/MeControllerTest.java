package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.identity.IdentityFixtures.DEMO_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
class MeControllerTest {

  @Autowired TestRestTemplate rest;

  private JsonNode me(String username) {
    ResponseEntity<JsonNode> response = new ApiCalls(rest).get("/api/me", username, DEMO_PASSWORD);
    assertThat(response.getStatusCode()).as(username).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void anEnterpriseUserSeesTheirEnterprise() {
    JsonNode me = me("enterprise");

    assertThat(me.path("username").asText()).isEqualTo("enterprise");
    assertThat(me.path("displayName").asText()).isEqualTo("王明");
    assertThat(me.path("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(me.path("enterprise").path("id").asLong()).isEqualTo(1);
    assertThat(me.path("enterprise").path("creditCode").asText())
        .isEqualTo(IdentityFixtures.DEMO_CREDIT_CODE_1);
    assertThat(me.path("enterprise").path("name").asText()).isEqualTo("示例高新智能装备有限公司");
    assertThat(me.has("department")).isFalse();
    assertThat(me.path("duties")).isEmpty();

    JsonNode other = me("enterprise2");
    assertThat(other.path("enterprise").path("id").asLong()).isEqualTo(2);
    assertThat(other.path("enterprise").path("creditCode").asText())
        .isEqualTo(IdentityFixtures.DEMO_CREDIT_CODE_2);
  }

  @Test
  void aClerkSeesTheirDepartmentAndDuties() {
    assertClerk(me("clerk"), "planning", "规划建设局", "accept", "verify");
    assertClerk(me("reviewer"), "planning", "规划建设局", "review");
    assertClerk(me("approver"), "planning", "规划建设局", "decide");
    assertClerk(me("market-clerk"), "market", "市场监管局", "accept", "decide", "review", "verify");
  }

  @Test
  void supervisorsAndAdministratorsHaveNeitherEnterpriseNorDepartment() {
    JsonNode supervisor = me("supervisor");
    assertThat(supervisor.path("role").asText()).isEqualTo("SUPERVISOR");
    assertThat(supervisor.path("displayName").asText()).isEqualTo("周敏");
    assertThat(supervisor.has("enterprise")).isFalse();
    assertThat(supervisor.has("department")).isFalse();
    assertThat(supervisor.path("duties")).isEmpty();

    JsonNode admin = me("admin");
    assertThat(admin.path("role").asText()).isEqualTo("ADMIN");
    assertThat(admin.has("enterprise")).isFalse();
    assertThat(admin.has("department")).isFalse();
  }

  private static void assertClerk(
      JsonNode me, String department, String departmentName, String... duties) {
    assertThat(me.path("role").asText()).isEqualTo("CLERK");
    assertThat(me.path("department").path("code").asText()).isEqualTo(department);
    assertThat(me.path("department").path("name").asText()).isEqualTo(departmentName);
    assertThat(me.has("enterprise")).isFalse();
    assertThat(me.path("duties")).extracting(JsonNode::asText).containsExactly(duties);
  }
}
