package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yingzai.support.IntegrationTest;

/** The public service guide over HTTP, called without logging in. */
@IntegrationTest
class ItemControllerTest {

  @Autowired TestRestTemplate http;

  @Test
  void listsItemsOnOfferAsAPage() {
    ResponseEntity<JsonNode> response = http.getForEntity("/api/items", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode page = response.getBody();
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(20);
    assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(8);
    assertThat(codes(page)).isSorted();
    List<String> codes = codes(get("/api/items?size=100").getBody());
    assertThat(codes).contains("GX-PLAN-001", "GX-PLAN-002", "GX-MKT-001", "GX-ENV-001");
    assertThat(codes).isSorted();
    JsonNode first = page.get("content").get(0);
    assertThat(first.get("department").get("name").asText()).isNotBlank();
    assertThat(first.get("materials").isArray()).isTrue();
  }

  @Test
  void pagesThroughTheItemsInCodeOrder() {
    List<String> all = codes(get("/api/items?size=100").getBody());

    JsonNode second = get("/api/items?page=1&size=3").getBody();

    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("size").asInt()).isEqualTo(3);
    assertThat(second.get("totalElements").asLong()).isEqualTo(all.size());
    assertThat(codes(second)).isEqualTo(all.subList(3, 6));
  }

  @Test
  void aPageBeyondTheLastIsEmpty() {
    JsonNode page = get("/api/items?page=50&size=100").getBody();

    assertThat(page.get("content")).isEmpty();
    assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void filtersByTheme() {
    JsonNode page = get("/api/items?theme=EXIT&size=100").getBody();

    assertThat(codes(page)).contains("GX-MKT-003", "GX-ENV-003");
    assertThat(values(page, "theme")).containsOnly("EXIT");
  }

  @Test
  void filtersByDepartment() {
    JsonNode page = get("/api/items?department=planning&size=100").getBody();

    assertThat(codes(page)).contains("GX-PLAN-001", "GX-PLAN-002");
    assertThat(codes(page)).allMatch(code -> code.startsWith("GX-PLAN-"));
  }

  @Test
  void filtersByHandlingType() {
    JsonNode page = get("/api/items?handlingType=INSTANT&size=100").getBody();

    assertThat(codes(page)).contains("GX-PLAN-002").doesNotContain("GX-PLAN-001");
    assertThat(values(page, "handlingType")).containsOnly("INSTANT");
  }

  @Test
  void searchesInTheName() {
    JsonNode page = get("/api/items?q=排污许可&size=100").getBody();

    assertThat(codes(page)).containsExactly("GX-ENV-002", "GX-ENV-003");
  }

  @Test
  void combinesFilters() {
    JsonNode page =
        get("/api/items?theme=INVESTMENT_CONSTRUCTION&department=environment&handlingType=COMMITTED")
            .getBody();

    assertThat(codes(page)).containsExactly("GX-ENV-001", "GX-ENV-004");
    assertThat(page.get("totalElements").asLong()).isEqualTo(2);
  }

  @Test
  void anUnknownDepartmentListsNothing() {
    JsonNode page = get("/api/items?department=nobody").getBody();

    assertThat(page.get("content")).isEmpty();
    assertThat(page.get("totalElements").asLong()).isZero();
  }

  @Test
  void showsAnItemInTheContractShape() {
    ResponseEntity<JsonNode> response = get("/api/items/GX-PLAN-001");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .isTrue();
    JsonNode item = response.getBody();
    assertThat(fieldNames(item))
        .containsExactlyInAnyOrder(
            "code",
            "name",
            "department",
            "theme",
            "handlingType",
            "limitUnit",
            "legalLimit",
            "promisedLimit",
            "maxExtension",
            "description",
            "materials",
            "stepLimits",
            "form");
    assertThat(item.get("code").asText()).isEqualTo("GX-PLAN-001");
    assertThat(item.get("name").asText()).isEqualTo("建设工程规划许可证核发");
    assertThat(item.get("department").get("code").asText()).isEqualTo("planning");
    assertThat(item.get("department").get("name").asText()).isEqualTo("规划建设局");
    assertThat(fieldNames(item.get("department"))).containsExactlyInAnyOrder("code", "name");
    assertThat(item.get("theme").asText()).isEqualTo("INVESTMENT_CONSTRUCTION");
    assertThat(item.get("handlingType").asText()).isEqualTo("COMMITTED");
    assertThat(item.get("limitUnit").asText()).isEqualTo("WORKING_DAYS");
    assertThat(item.get("legalLimit").isInt()).isTrue();
    assertThat(item.get("legalLimit").asInt()).isEqualTo(20);
    assertThat(item.get("promisedLimit").asInt()).isEqualTo(8);
    assertThat(item.get("maxExtension").asInt()).isEqualTo(10);
    assertThat(item.get("description").asText()).isNotBlank();

    JsonNode materials = item.get("materials");
    assertThat(materials).hasSize(5);
    assertThat(materials.get(0).toString())
        .isEqualTo(
            "{\"code\":\"M01\",\"name\":\"建设工程规划许可申请表\",\"kind\":\"FORM\",\"required\":true}");
    JsonNode licence = materials.get(1);
    assertThat(fieldNames(licence))
        .containsExactlyInAnyOrder(
            "code", "name", "kind", "required", "disposition", "proofCode", "proof");
    assertThat(licence.get("disposition").asText()).isEqualTo("DATA_SHARING");
    assertThat(licence.get("proofCode").asText()).isEqualTo("GXZM-001");
    assertThat(licence.get("proof").get("issuingAuthority").asText()).isEqualTo("市场监督管理局");
    assertThat(licence.get("proof").get("evidenceType").asText()).isEqualTo("MARKET_ENTITY");
    assertThat(licence.get("proof").get("fallback").asText()).isEqualTo("UPLOAD");
    assertThat(licence.get("proof").get("sample").asBoolean()).isTrue();
    assertThat(materials.get(2).get("kind").asText()).isEqualTo("ATTACHMENT");
    assertThat(materials.get(3).get("disposition").asText()).isEqualTo("REQUIRED");
    assertThat(materials.get(4).get("required").asBoolean()).isFalse();
    for (JsonNode material : materials) {
      boolean proof = material.get("kind").asText().equals("PROOF");
      assertThat(material.has("disposition")).as(material.toString()).isEqualTo(proof);
    }
  }

  @Test
  void showsTheCommitmentTextAnApplicantWouldSign() {
    JsonNode materials = get("/api/items/GX-MKT-001").getBody().get("materials");

    JsonNode residence = materials.get(3);
    assertThat(residence.get("disposition").asText()).isEqualTo("COMMITMENT");
    JsonNode commitment = residence.get("proof").get("commitment");
    assertThat(commitment.get("version").asInt()).isEqualTo(1);
    assertThat(commitment.get("text").asText()).startsWith("本单位承诺");
    assertThat(commitment.get("sha256").asText()).hasSize(64);
  }

  @Test
  void listsLeaveTheProofDetailsOut() {
    JsonNode page = get("/api/items?size=100").getBody();

    for (JsonNode item : page.get("content")) {
      for (JsonNode material : item.get("materials")) {
        assertThat(material.has("proof")).as(material.toString()).isFalse();
      }
    }
  }

  private ResponseEntity<JsonNode> get(String url) {
    return http.getForEntity(url, JsonNode.class);
  }

  private static List<String> codes(JsonNode page) {
    return values(page, "code");
  }

  private static List<String> values(JsonNode page, String field) {
    return StreamSupport.stream(page.get("content").spliterator(), false)
        .map(item -> item.get(field).asText())
        .toList();
  }

  private static Set<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return Set.copyOf(names);
  }
}
