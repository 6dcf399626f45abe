package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.catalog.ProofCalls.PROOFS;
import static org.yingzai.catalog.ProofCalls.commitment;
import static org.yingzai.catalog.ProofCalls.required;
import static org.yingzai.catalog.ProofCalls.sharing;
import static org.yingzai.catalog.ProofCalls.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Fixtures;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Administrators maintain the proof catalogue over HTTP: roles, validation, versions of the
 * commitment text and the audit trail. Works on proofs of its own (codes {@code T-ADM-…}) and
 * removes them afterwards.
 */
@WithHall
class ProofAdminTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalog catalog;
  Hall hall;
  Journeys journeys;

  ProofCalls calls;
  Api admin;

  @BeforeEach
  void setUp() {
    calls = new ProofCalls(http, jdbc, journeys, hall.admin());
    admin = calls.admin();
    calls.removeTestProofs();
  }

  @AfterEach
  void removeTestProofs() {
    calls.removeTestProofs();
  }

  private JsonNode changes(String code) {
    Api.Response changes = admin.get(PROOFS + "/" + code + "/changes");
    assertThat(changes.status()).as(changes.toString()).isEqualTo(200);
    return changes.body().path("content");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"enterprise", "clerk", "supervisor"})
  void onlyAdministratorsMaintainTheCatalogue(String role) {
    String username =
        switch (role) {
          case "enterprise" -> hall.enterprise();
          case "clerk" -> hall.clerk();
          default -> hall.supervisor();
        };
    Api other = journeys.as(username);

    assertThat(other.get(PROOFS).status()).isEqualTo(403);
    assertThat(other.get(PROOFS + "/" + hall.sharedProof()).status()).isEqualTo(403);
    Api.Response create = other.post(PROOFS, required("T-ADM-ROLE"));
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.code()).isEqualTo("FORBIDDEN");
    assertThat(other.put(PROOFS + "/" + hall.sharedProof(), required(hall.sharedProof())).status())
        .isEqualTo(403);
    assertThat(calls.delete(username, PROOFS + "/" + hall.abolishedProof()).status())
        .isEqualTo(403);
    assertThat(
            other
                .post(
                    PROOFS + "/" + hall.residenceProof() + "/commitment-texts",
                    Map.of("text", "承诺"))
                .status())
        .isEqualTo(403);
    assertThat(calls.export(username, "csv").getStatusCode().value()).isEqualTo(403);
    assertThat(calls.importFile(username, "c.csv", "code\n".getBytes(), false).status())
        .isEqualTo(403);
    assertThat(admin.get(PROOFS + "/T-ADM-ROLE").status()).isEqualTo(404);
  }

  @Test
  void anonymousCallersMustLogIn() {
    Api anonymous = Api.anonymous(http);

    Api.Response list = anonymous.get(PROOFS);
    assertThat(list.status()).isEqualTo(401);
    assertThat(list.code()).isEqualTo("UNAUTHENTICATED");
    assertThat(anonymous.post(PROOFS, required("T-ADM-ANON")).status()).isEqualTo(401);
    assertThat(calls.importFile(null, "c.csv", "code\n".getBytes(), false).status()).isEqualTo(401);
  }

  @Test
  void createsASharedDataProofAndRecordsIt() {
    Api.Response created = admin.post(PROOFS, with(sharing("T-ADM-1"), "riskLevel", "MEDIUM"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.entity().getHeaders().getLocation()).hasPath(PROOFS + "/T-ADM-1");
    JsonNode proof = created.body();
    assertThat(proof.path("disposition").asText()).isEqualTo("DATA_SHARING");
    assertThat(proof.path("provider").asText()).isEqualTo("social-insurance");
    assertThat(proof.path("riskLevel").asText()).isEqualTo("MEDIUM");
    assertThat(proof.path("sample").asBoolean()).isFalse();
    assertThat(proof.path("updatedBy").asText()).isEqualTo(hall.admin());
    assertThat(proof.path("updatedAt").asText()).endsWith("+08:00");
    assertThat(proof.has("commitment")).isFalse();

    Api.Response read = admin.get(PROOFS + "/T-ADM-1");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("name").asText()).isEqualTo("测试证明");
    assertThat(read.body().path("usedBy")).isEmpty();
    assertThat(catalog.requireProof("T-ADM-1").terms().evidenceType())
        .isEqualTo("SOCIAL_INSURANCE");

    JsonNode change = changes("T-ADM-1").get(0);
    assertThat(change.path("action").asText()).isEqualTo("CREATED");
    assertThat(change.path("via").asText()).isEqualTo("API");
    assertThat(change.path("changedBy").asText()).isEqualTo(hall.admin());
    assertThat(change.path("changedAt").asText()).endsWith("+08:00");
    assertThat(change.path("before").isNull() || change.path("before").isMissingNode()).isTrue();
    assertThat(change.path("after").path("provider").asText()).isEqualTo("social-insurance");
    assertThat(change.path("after").path("fallback").asText()).isEqualTo("UPLOAD");
    assertThat(change.path("after").has("verificationDays")).as("nulls are written").isTrue();
  }

  @Test
  void createsACommitmentWithVersionOneOfItsTextHashedByTheServer() throws Exception {
    String text = "本单位承诺：所填信息真实、准确、完整。";

    Api.Response created = admin.post(PROOFS, commitment("T-ADM-2", "  " + text + "\r\n"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode commitment = created.body().path("commitment");
    assertThat(commitment.path("version").asInt()).isEqualTo(1);
    assertThat(commitment.path("text").asText()).isEqualTo(text);
    assertThat(commitment.path("sha256").asText()).isEqualTo(sha256(text));
    assertThat(commitment.path("createdBy").asText()).isEqualTo(hall.admin());
    assertThat(catalog.requireProof("T-ADM-2").commitment())
        .isEqualTo(new Proof.CommitmentText(1, text, sha256(text)));
    assertThat(
            jdbc.queryForObject(
                "SELECT sha256 = SHA2(text, 256) FROM proof_commitment_text"
                    + " WHERE proof_code = 'T-ADM-2'",
                Boolean.class))
        .as("the database hashes the same bytes")
        .isTrue();
  }

  @Test
  void refusesAnInvalidProofNamingEveryFieldAndSavesNothing() {
    Map<String, Object> body = required("T-ADM-3");
    body.put("disposition", "DATA_SHARING");
    body.put("evidenceType", "SOCIAL_INSURANCE");
    body.put("verificationDays", 0);
    body.put("riskLevel", "SEVERE");
    body.put("name", "证".repeat(201));

    Api.Response refused = admin.post(PROOFS, body);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.contentType()).isEqualTo("application/problem+json");
    assertThat(refused.code()).isEqualTo("PROOF_INVALID");
    assertThat(refused.text("detail"))
        .isEqualTo("证明事项有误，未作任何修改：name, provider, fallback, verificationDays, riskLevel。");
    JsonNode errors = refused.body().path("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactly(
            "name", "provider", "fallback", "verificationDays", "verificationDays", "riskLevel");
    assertThat(errors.findValuesAsText("reason"))
        .containsExactly(
            "TOO_LONG",
            "SHARING_REQUIRED",
            "SHARING_REQUIRED",
            "DAYS_INVALID",
            "COMMITMENT_ONLY",
            "UNKNOWN_VALUE");
    assertThat(errors.get(0).path("message").asText()).isEqualTo("名称不能超过 200 个字符。");
    assertThat(errors.get(1).path("message").asText())
        .isEqualTo("处置方式为数据共享核验（DATA_SHARING）时须填写数据源。");
    assertThat(admin.get(PROOFS + "/T-ADM-3").status()).isEqualTo(404);
    assertThat(admin.get(PROOFS + "/T-ADM-3/changes").code()).isEqualTo("PROOF_NOT_FOUND");
  }

  @Test
  void refusesACommitmentWithoutVerificationOrText() {
    Map<String, Object> body = required("T-ADM-4");
    body.put("disposition", "COMMITMENT");

    Api.Response refused = admin.post(PROOFS, body);

    assertThat(refused.code()).isEqualTo("PROOF_INVALID");
    assertThat(refused.body().path("errors").findValuesAsText("field"))
        .containsExactly("verificationMethod", "verificationDays", "commitmentText");
    assertThat(refused.body().path("errors").findValuesAsText("reason"))
        .containsOnly("COMMITMENT_REQUIRED");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM proof WHERE code = 'T-ADM-4'", Long.class))
        .isZero();
  }

  @Test
  void refusesACodeOutsideThePatternAndATakenCode() {
    Api.Response lowerCase = admin.post(PROOFS, required("t-adm-5"));
    assertThat(lowerCase.code()).isEqualTo("PROOF_INVALID");
    assertThat(lowerCase.body().path("errors").get(0).path("reason").asText())
        .isEqualTo("CODE_FORMAT");

    Api.Response taken = admin.post(PROOFS, required(hall.sharedProof()));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("PROOF_EXISTS");
    assertThat(catalog.requireProof(hall.sharedProof()).disposition())
        .isEqualTo(Disposition.DATA_SHARING);
  }

  @Test
  void anItemShowsAChangeOfItsProofAtOnce() {
    admin.post(PROOFS, required("T-ADM-ITEM"));
    Fixtures fixtures = new Fixtures(jdbc);
    String item = fixtures.item(fixtures.department());
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, proof_code, sort_order)"
            + " VALUES (?, 'M01', '样例证明', 'PROOF', TRUE, 'T-ADM-ITEM', 1)",
        item);
    try {
      assertThat(catalog.requireItem(item).material("M01").orElseThrow().disposition())
          .isEqualTo(Disposition.REQUIRED);

      Api.Response updated =
          admin.put(
              PROOFS + "/T-ADM-ITEM", with(required("T-ADM-ITEM"), "disposition", "ABOLISHED"));

      assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
      assertThat(catalog.requireItem(item).material("M01").orElseThrow().disposition())
          .isEqualTo(Disposition.ABOLISHED);
    } finally {
      jdbc.update("DELETE FROM item_material WHERE item_code = ?", item);
      jdbc.update("DELETE FROM service_item WHERE code = ?", item);
    }
  }

  @Test
  void anUnreadableBodyIsRefusedAsSuch() {
    assertThat(admin.post(PROOFS, "{not json").code()).isEqualTo("BODY_UNREADABLE");
  }

  @Test
  void updatesAProofRecordingBeforeAndAfterAndSkipsWhatChangesNothing() {
    admin.post(PROOFS, sharing("T-ADM-6"));
    Map<String, Object> changed =
        with(with(sharing("T-ADM-6"), "name", "新名称"), "fallback", "COMMITMENT");
    changed.put("verificationMethod", "比对参保记录");
    changed.put("verificationDays", "15");
    changed.put("commitmentText", "本单位承诺：已足额缴纳社会保险费。");

    Api.Response updated = admin.put(PROOFS + "/T-ADM-6", changed);

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.body().path("name").asText()).isEqualTo("新名称");
    assertThat(updated.body().path("verificationDays").asInt()).isEqualTo(15);
    assertThat(updated.body().path("commitment").path("version").asInt()).isEqualTo(1);
    assertThat(catalog.requireProof("T-ADM-6").allowsCommitment()).isTrue();
    JsonNode change = changes("T-ADM-6").get(0);
    assertThat(change.path("action").asText()).isEqualTo("UPDATED");
    assertThat(change.path("before").path("name").asText()).isEqualTo("测试证明");
    assertThat(change.path("before").path("fallback").asText()).isEqualTo("UPLOAD");
    assertThat(change.path("before").path("commitment").isNull()).isTrue();
    assertThat(change.path("after").path("name").asText()).isEqualTo("新名称");
    assertThat(change.path("after").path("commitment").path("version").asInt()).isEqualTo(1);

    Api.Response again = admin.put(PROOFS + "/T-ADM-6", changed);
    assertThat(again.status()).isEqualTo(200);
    assertThat(changes("T-ADM-6")).as("nothing changed, nothing recorded").hasSize(2);
    assertThat(admin.get(PROOFS + "/T-ADM-6/commitment-texts").body()).hasSize(1);
  }

  @Test
  void anUpdateWithADifferentTextPublishesTheNextVersionAndWithoutOneKeepsTheCurrent() {
    admin.post(PROOFS, commitment("T-ADM-7", "第一版承诺书"));

    Api.Response kept =
        admin.put(PROOFS + "/T-ADM-7", with(commitment("T-ADM-7", null), "note", "备注"));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.body().path("commitment").path("version").asInt()).isEqualTo(1);

    Api.Response replaced = admin.put(PROOFS + "/T-ADM-7", commitment("T-ADM-7", "第二版承诺书"));
    assertThat(replaced.body().path("commitment").path("version").asInt()).isEqualTo(2);
    assertThat(replaced.body().path("commitment").path("text").asText()).isEqualTo("第二版承诺书");
    assertThat(replaced.body().has("note")).as("PUT replaces every field").isFalse();
    assertThat(admin.get(PROOFS + "/T-ADM-7/commitment-texts").body().findValuesAsText("text"))
        .containsExactly("第二版承诺书", "第一版承诺书");
  }

  @Test
  void refusesAnUpdateOfAnotherCodeOrOfAnUnknownProof() {
    admin.post(PROOFS, required("T-ADM-8"));

    Api.Response mismatch = admin.put(PROOFS + "/T-ADM-8", required("T-ADM-9"));
    assertThat(mismatch.code()).isEqualTo("PROOF_INVALID");
    assertThat(mismatch.body().path("errors").get(0).path("reason").asText())
        .isEqualTo("CODE_MISMATCH");

    Api.Response unknown = admin.put(PROOFS + "/T-ADM-NONE", required("T-ADM-NONE"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("PROOF_NOT_FOUND");
    assertThat(changes("T-ADM-8")).hasSize(1);
  }

  @Test
  void publishesVersionsOfACommitmentTextThatAreNeverChanged() throws Exception {
    admin.post(PROOFS, commitment("T-ADM-10", "第一版承诺书"));
    String v1Sha = sha256("第一版承诺书");

    Api.Response published =
        admin.post(PROOFS + "/T-ADM-10/commitment-texts", Map.of("text", "第二版承诺书\r\n第二段"));

    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.body().path("version").asInt()).isEqualTo(2);
    assertThat(published.body().path("text").asText()).isEqualTo("第二版承诺书\n第二段");
    assertThat(published.body().path("sha256").asText()).isEqualTo(sha256("第二版承诺书\n第二段"));
    assertThat(catalog.requireProof("T-ADM-10").commitment().version()).isEqualTo(2);

    Api.Response same =
        admin.post(PROOFS + "/T-ADM-10/commitment-texts", Map.of("text", "第二版承诺书\n第二段"));
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.body().path("version").asInt()).isEqualTo(2);

    JsonNode versions = admin.get(PROOFS + "/T-ADM-10/commitment-texts").body();
    assertThat(versions.findValuesAsText("version")).containsExactly("2", "1");
    assertThat(versions.get(1).path("sha256").asText()).isEqualTo(v1Sha);
    JsonNode change = changes("T-ADM-10").get(0);
    assertThat(change.path("action").asText()).isEqualTo("COMMITMENT_TEXT_PUBLISHED");
    assertThat(change.path("before").path("commitment").path("version").asInt()).isEqualTo(1);
    assertThat(change.path("after").path("commitment").path("version").asInt()).isEqualTo(2);
    assertThat(changes("T-ADM-10")).hasSize(2);
  }

  @Test
  void refusesATextForAProofWithoutCommitmentsAndAnEmptyText() {
    admin.post(PROOFS, required("T-ADM-11"));
    admin.post(PROOFS, commitment("T-ADM-12", "承诺书"));

    Api.Response notAllowed =
        admin.post(PROOFS + "/T-ADM-11/commitment-texts", Map.of("text", "承诺书"));
    assertThat(notAllowed.status()).isEqualTo(409);
    assertThat(notAllowed.code()).isEqualTo("PROOF_COMMITMENT_NOT_ALLOWED");

    Api.Response empty = admin.post(PROOFS + "/T-ADM-12/commitment-texts", Map.of("text", " "));
    assertThat(empty.code()).isEqualTo("PROOF_INVALID");
    assertThat(empty.body().path("errors").get(0).path("field").asText())
        .isEqualTo("commitmentText");
    assertThat(admin.post(PROOFS + "/T-ADM-NONE/commitment-texts", Map.of("text", "x")).code())
        .isEqualTo("PROOF_NOT_FOUND");
    assertThat(admin.get(PROOFS + "/T-ADM-12/commitment-texts").body()).hasSize(1);
  }

  @Test
  void aProofNoLongerTakingCommitmentsKeepsItsTextsUnseenByApplicants() {
    admin.post(PROOFS, commitment("T-ADM-13", "承诺书"));

    Api.Response required = admin.put(PROOFS + "/T-ADM-13", required("T-ADM-13"));

    assertThat(required.status()).as(required.toString()).isEqualTo(200);
    assertThat(required.body().has("commitment")).isFalse();
    assertThat(catalog.requireProof("T-ADM-13").commitment()).isNull();
    assertThat(admin.get(PROOFS + "/T-ADM-13/commitment-texts").body()).hasSize(1);
    // taking commitments again brings the kept version back without a new one
    Api.Response back = admin.put(PROOFS + "/T-ADM-13", commitment("T-ADM-13", null));
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(catalog.requireProof("T-ADM-13").commitment().version()).isEqualTo(1);
  }

  @Test
  void deletesAnUnusedProofAndKeepsItsAuditTrail() {
    admin.post(PROOFS, required("T-ADM-14"));

    Api.Response deleted = calls.delete(hall.admin(), PROOFS + "/T-ADM-14");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(admin.get(PROOFS + "/T-ADM-14").code()).isEqualTo("PROOF_NOT_FOUND");
    JsonNode trail = changes("T-ADM-14");
    assertThat(trail.findValuesAsText("action")).containsExactly("DELETED", "CREATED");
    assertThat(trail.get(0).path("before").path("name").asText()).isEqualTo("测试证明");
    assertThat(calls.delete(hall.admin(), PROOFS + "/T-ADM-14").code())
        .isEqualTo("PROOF_NOT_FOUND");
  }

  @Test
  void refusesToDeleteAProofThatMaterialsPointTo() {
    // the licence of the committed item is also the permit item's
    hall.permitItem();
    Api.Response refused = calls.delete(hall.admin(), PROOFS + "/" + hall.sharedProof());

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("PROOF_IN_USE");
    assertThat(refused.body().path("usedBy").findValuesAsText("itemCode"))
        .contains(hall.committedItem(), hall.permitItem());
    assertThat(catalog.findProof(hall.sharedProof())).isPresent();
    assertThat(
            admin
                .get(PROOFS + "/" + hall.sharedProof())
                .body()
                .path("usedBy")
                .findValuesAsText("materialCode"))
        .isNotEmpty();
  }

  @Test
  void refusesToDeleteAProofWhoseCommitmentTextsSignaturesMayName() {
    admin.post(PROOFS, commitment("T-ADM-15", "承诺书"));

    Api.Response refused = calls.delete(hall.admin(), PROOFS + "/T-ADM-15");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.code()).isEqualTo("PROOF_HAS_COMMITMENT_TEXTS");
    assertThat(admin.get(PROOFS + "/T-ADM-15").status()).isEqualTo(200);
  }

  @Test
  void listsProofsByCodeNarrowedByDispositionAndSearch() {
    admin.post(PROOFS, with(required("T-ADM-16"), "issuingAuthority", "测试_专用局"));
    admin.post(PROOFS, with(sharing("T-ADM-17"), "issuingAuthority", "测试_专用局"));

    JsonNode all = admin.get(PROOFS + "?size=100").body();
    assertThat(all.path("totalElements").asLong()).isGreaterThanOrEqualTo(42);
    List<String> codes = all.path("content").findValuesAsText("code");
    assertThat(codes).isSorted();
    assertThat(all.path("content").get(0).has("usedBy")).isFalse();

    JsonNode searched = admin.get(PROOFS + "?q=测试_专用").body();
    assertThat(searched.path("content").findValuesAsText("code"))
        .containsExactly("T-ADM-16", "T-ADM-17");
    JsonNode narrowed = admin.get(PROOFS + "?q=测试_专用&disposition=DATA_SHARING").body();
    assertThat(narrowed.path("content").findValuesAsText("code")).containsExactly("T-ADM-17");
    assertThat(admin.get(PROOFS + "?q=_").body().path("content").findValuesAsText("code"))
        .as("a wildcard is searched for literally")
        .containsExactly("T-ADM-16", "T-ADM-17");
    assertThat(admin.get(PROOFS + "?q=gxzm-00").body().path("totalElements").asLong())
        .as("the collation ignores case")
        .isGreaterThanOrEqualTo(9);

    JsonNode page = admin.get(PROOFS + "?disposition=DATA_SHARING&size=2&page=1").body();
    assertThat(page.path("content")).hasSize(2);
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(admin.get(PROOFS + "?size=101").code()).isEqualTo("PAGE_SIZE_INVALID");
    assertThat(admin.get(PROOFS + "?disposition=WAIVED").code()).isEqualTo("PARAMETER_INVALID");
  }

  @Test
  void theOpenApiDescriptionShowsTheAdministration() {
    JsonNode paths = Api.anonymous(http).get("/v3/api-docs").body().path("paths");
    assertThat(paths.has(PROOFS + "/{code}/commitment-texts")).isTrue();
    assertThat(paths.has(PROOFS + "/import")).isTrue();
    assertThat(paths.has(PROOFS + "/export")).isTrue();
  }
}
