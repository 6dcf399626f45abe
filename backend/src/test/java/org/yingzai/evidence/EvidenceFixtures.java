package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;

/**
 * Enterprises a test makes for itself (so that no test puts a demo enterprise on the dishonesty
 * list), and the steps of the certificate-free flow over HTTP.
 */
final class EvidenceFixtures {

  private static final String PASSWORD_HASH = new BCryptPasswordEncoder(4).encode(Hall.PASSWORD);

  private final JdbcTemplate jdbc;
  private final Enterprises enterprises;
  private final Catalog catalog;
  private final Journeys journeys;

  EvidenceFixtures(JdbcTemplate jdbc, Enterprises enterprises, Catalog catalog, Journeys journeys) {
    this.jdbc = jdbc;
    this.enterprises = enterprises;
    this.catalog = catalog;
    this.journeys = journeys;
  }

  /** A new enterprise and its one user, whose password is that of the hall's users. */
  record TestEnterprise(long id, String creditCode, String username) {}

  /** A new enterprise no provider knows anything about. */
  TestEnterprise unknownEnterprise() {
    String code = IdentityFixtures.newCreditCode();
    Enterprise enterprise = enterprises.register(code, "测试企业" + code.substring(8), "测试人");
    String username = "ev-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id,"
            + " enabled, failed_logins, created_at)"
            + " VALUES (?, ?, '测试申请人', 'ENTERPRISE', ?, TRUE, 0, UTC_TIMESTAMP())",
        username,
        PASSWORD_HASH,
        enterprise.id());
    return new TestEnterprise(enterprise.id(), code, username);
  }

  /** A new enterprise the market-entity register and the tax authority know. */
  TestEnterprise registeredEnterprise() {
    TestEnterprise enterprise = unknownEnterprise();
    jdbc.update(
        "INSERT INTO shared_market_entity (credit_code, name, legal_representative, status,"
            + " registered_capital, address, established_on, authority, updated_at)"
            + " VALUES (?, '测试企业', '测试人', '存续', '100万元人民币', '东营市高新区测试路1号',"
            + " '2020-01-02', '东营市市场监督管理局', UTC_TIMESTAMP())",
        enterprise.creditCode());
    jdbc.update(
        "INSERT INTO shared_tax_credit (credit_code, year, rating, authority, updated_at)"
            + " VALUES (?, 2025, 'B', '国家税务总局东营市税务局', UTC_TIMESTAMP())",
        enterprise.creditCode());
    return enterprise;
  }

  /** A second user of an enterprise. */
  String colleague(long enterpriseId) {
    String username = "ev-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update(
        "INSERT INTO app_user (username, password_hash, display_name, role, enterprise_id,"
            + " enabled, failed_logins, created_at)"
            + " VALUES (?, ?, '测试同事', 'ENTERPRISE', ?, TRUE, 0, UTC_TIMESTAMP())",
        username,
        PASSWORD_HASH,
        enterpriseId);
    return username;
  }

  /** The code of the item's material that stands for the proof. */
  String material(String itemCode, String proofCode) {
    return catalog.requireItem(itemCode).materials().stream()
        .filter(m -> proofCode.equals(m.proofCode()))
        .map(Material::code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(itemCode + " has no material for " + proofCode));
  }

  /** A draft of the user for the item, with nothing done yet. */
  String draft(String username, String itemCode) {
    Api.Response created =
        journeys
            .as(username)
            .post(
                "/api/applications",
                Map.of("itemCode", itemCode, "form", Map.of("projectName", "测试")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("id");
  }

  /** Uploads every material the draft asks to be uploaded now, but those named. */
  void uploadRequired(String username, String id, String... except) {
    java.util.Set<String> skipped = java.util.Set.of(except);
    for (JsonNode missing : journeys.application(username, id).path("missingMaterials")) {
      String code = missing.path("code").asText();
      if (!skipped.contains(code)) {
        assertThat(upload(username, id, code).status()).isEqualTo(201);
      }
    }
  }

  Api.Response upload(String username, String id, String materialCode) {
    return journeys
        .as(username)
        .upload(
            "/api/applications/" + id + "/materials",
            materialCode,
            materialCode + ".pdf",
            Files.pdf(materialCode));
  }

  Api.Response preview(String username, String id, String materialCode) {
    return journeys
        .as(username)
        .post("/api/applications/" + id + "/evidence/" + materialCode + "/preview", null);
  }

  Api.Response consent(String username, String id, String materialCode, long previewId) {
    return journeys
        .as(username)
        .post(
            "/api/applications/" + id + "/evidence/" + materialCode + "/consent",
            Map.of("previewId", previewId));
  }

  Api.Response sign(String username, String id, String materialCode, int version, String sha256) {
    return journeys
        .as(username)
        .post(
            "/api/applications/" + id + "/commitments",
            Map.of("materialCode", materialCode, "textVersion", version, "textSha256", sha256));
  }

  Api.Response submit(String username, String id) {
    return journeys.as(username).post("/api/applications/" + id + "/submit", null);
  }

  /** The application's proofs as the user sees them. */
  JsonNode proofs(String username, String id) {
    Api.Response proofs = journeys.as(username).get("/api/applications/" + id + "/proofs");
    assertThat(proofs.status()).as(proofs.toString()).isEqualTo(200);
    return proofs.body();
  }

  /** One proof material of the application as the user sees it. */
  JsonNode proof(String username, String id, String materialCode) {
    for (JsonNode proof : proofs(username, id).path("proofs")) {
      if (materialCode.equals(proof.path("materialCode").asText())) {
        return proof;
      }
    }
    throw new AssertionError("No proof material " + materialCode + " in " + id);
  }
}
