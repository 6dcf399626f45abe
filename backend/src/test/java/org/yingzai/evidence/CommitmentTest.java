package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.evidence.SharedEvidenceTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.yingzai.shared.Sha256;
import org.yingzai.support.Api;

/** Signed commitments (告知承诺): the exact text signed, by whom, when and from where. */
class CommitmentTest extends EvidenceIntegrationTest {

  String residence;

  @BeforeEach
  void setUp() {
    residence = fixtures.material(hall.setupItem(), hall.residenceProof());
  }

  @Test
  void aSignatureRecordsWhoWhenWhereAndTheHashOfTheExactTextSigned() {
    String id = fixtures.draft(hall.otherEnterprise(), hall.setupItem());
    JsonNode proof = fixtures.proof(hall.otherEnterprise(), id, residence);
    assertThat(proof.path("disposition").asText()).isEqualTo("COMMITMENT");
    assertThat(proof.path("state").asText()).isEqualTo("AWAITING_SIGNATURE");
    assertThat(proof.path("action").asText()).isEqualTo("SIGN");
    assertThat(proof.path("uploadAllowed").asBoolean()).isFalse();
    JsonNode text = proof.path("commitment");
    assertThat(text.path("sha256").asText()).isEqualTo(Sha256.of(text.path("text").asText()));
    assertProblem(
        fixtures.upload(hall.otherEnterprise(), id, residence), 400, "MATERIAL_NOT_UPLOADABLE");
    HttpHeaders agent = new HttpHeaders();
    agent.set(HttpHeaders.USER_AGENT, "YingzaiPortal/2.1 (test)");

    Api.Response signed =
        journeys
            .as(hall.otherEnterprise())
            .post(
                "/api/applications/" + id + "/commitments",
                Map.of(
                    "materialCode",
                    residence,
                    "textVersion",
                    text.path("version").asInt(),
                    "textSha256",
                    text.path("sha256").asText()),
                agent);

    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    JsonNode signature = signed.body();
    assertThat(signature.path("applicationId").asText()).isEqualTo(id);
    assertThat(signature.path("materialCode").asText()).isEqualTo(residence);
    assertThat(signature.path("proofCode").asText()).isEqualTo(hall.residenceProof());
    assertThat(signature.path("textVersion").asInt()).isEqualTo(text.path("version").asInt());
    assertThat(signature.path("textSha256").asText())
        .isEqualTo(Sha256.of(text.path("text").asText()));
    assertThat(signature.path("signedBy").asText()).isEqualTo(hall.otherEnterprise());
    assertThat(signature.path("signerName").asText())
        .isEqualTo(hall.otherApplicant().legalRepresentative());
    assertThat(signature.path("enterprise").path("creditCode").asText())
        .isEqualTo(hall.otherApplicant().creditCode());
    assertThat(signature.path("signedAt").asText()).endsWith("+08:00");
    assertThat(signature.path("remoteIp").asText()).isEqualTo("127.0.0.1");
    assertThat(signature.path("userAgent").asText()).isEqualTo("YingzaiPortal/2.1 (test)");
    assertThat(signature.path("riskLevel").asText()).isEqualTo("MEDIUM");
    assertThat(signature.path("verificationDays").asInt()).isEqualTo(30);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT s.signed_by, s.enterprise_id, s.remote_ip, s.text_sha256,"
                + " t.sha256 AS published FROM commitment_signature s"
                + " JOIN proof_commitment_text t ON t.proof_code = s.proof_code"
                + " AND t.version = s.text_version WHERE s.id = ?",
            signature.path("id").asLong());
    assertThat(row)
        .containsEntry("signed_by", hall.otherEnterprise())
        .containsEntry("enterprise_id", hall.otherApplicant().id())
        .containsEntry("remote_ip", "127.0.0.1");
    assertThat(row.get("text_sha256")).isEqualTo(row.get("published"));

    JsonNode after = fixtures.proof(hall.otherEnterprise(), id, residence);
    assertThat(after.path("state").asText()).isEqualTo("SIGNED");
    assertThat(after.path("basis").asText()).isEqualTo("COMMITMENT");
    assertThat(after.has("commitment")).isFalse();
    assertThat(after.path("signature").path("id").asLong())
        .isEqualTo(signature.path("id").asLong());

    Api.Response repeated =
        fixtures.sign(
            hall.otherEnterprise(),
            id,
            residence,
            text.path("version").asInt(),
            text.path("sha256").asText());
    assertThat(repeated.status()).isEqualTo(200);
    assertThat(repeated.body().path("id").asLong()).isEqualTo(signature.path("id").asLong());
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), id, residence, 99, "0".repeat(64)),
        409,
        "COMMITMENT_ALREADY_SIGNED");
  }

  @Test
  void aTextThatChangedSinceItWasShownIsRefused() {
    String id = fixtures.draft(hall.otherEnterprise(), hall.setupItem());
    JsonNode shown = fixtures.proof(hall.otherEnterprise(), id, residence).path("commitment");
    int version = shown.path("version").asInt();
    String newText = "本单位承诺：住所真实（修订版，测试）。";
    jdbc.update(
        "INSERT INTO proof_commitment_text (proof_code, version, text, sha256, created_at,"
            + " created_by) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), 'test')",
        hall.residenceProof(),
        version + 1,
        newText,
        Sha256.of(newText));
    try {
      Api.Response stale =
          fixtures.sign(
              hall.otherEnterprise(), id, residence, version, shown.path("sha256").asText());

      assertProblem(stale, 409, "COMMITMENT_TEXT_CHANGED");
      assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(version + 1);
      assertThat(stale.body().path("currentSha256").asText()).isEqualTo(Sha256.of(newText));
      assertProblem(
          fixtures.sign(
              hall.otherEnterprise(), id, residence, version + 1, shown.path("sha256").asText()),
          409,
          "COMMITMENT_TEXT_CHANGED");
      JsonNode current = fixtures.proof(hall.otherEnterprise(), id, residence).path("commitment");
      assertThat(current.path("text").asText()).isEqualTo(newText);
      Api.Response signed =
          fixtures.sign(
              hall.otherEnterprise(),
              id,
              residence,
              current.path("version").asInt(),
              current.path("sha256").asText());
      assertThat(signed.status()).isEqualTo(201);
      assertThat(signed.body().path("textVersion").asInt()).isEqualTo(version + 1);
      assertThat(signed.body().path("textSha256").asText()).isEqualTo(Sha256.of(newText));
    } finally {
      jdbc.update(
          "DELETE FROM proof_commitment_text WHERE proof_code = ? AND version = ?",
          hall.residenceProof(),
          version + 1);
    }
  }

  @Test
  void onlyProofsThatAllowACommitmentAreSigned() {
    String setup = fixtures.draft(hall.otherEnterprise(), hall.setupItem());
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), setup, "M01", 1, "0".repeat(64)),
        400,
        "COMMITMENT_NOT_APPLICABLE");
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), setup, "M99", 1, "0".repeat(64)),
        400,
        "MATERIAL_UNKNOWN");
    assertProblem(
        journeys
            .as(hall.otherEnterprise())
            .post("/api/applications/" + setup + "/commitments", Map.of("materialCode", residence)),
        400,
        "VALIDATION_FAILED");

    String permit = fixtures.draft(hall.otherEnterprise(), hall.committedItem());
    String licence = fixtures.material(hall.committedItem(), hall.sharedProof());
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), permit, licence, 1, "0".repeat(64)),
        400,
        "COMMITMENT_NOT_APPLICABLE");
    String food = fixtures.draft(hall.otherEnterprise(), hall.permitItem());
    String abolished = fixtures.material(hall.permitItem(), hall.abolishedProof());
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), food, abolished, 1, "0".repeat(64)),
        400,
        "COMMITMENT_NOT_APPLICABLE");
  }

  @Test
  void sharedDataThatWasAttachedNeedsNoCommitment() {
    String id = fixtures.draft(hall.otherEnterprise(), hall.setupItem());
    String shareholders = fixtures.material(hall.setupItem(), hall.shareholdersProof());
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), id, shareholders, 1, "0".repeat(64)),
        409,
        "COMMITMENT_NOT_OFFERED");
    long preview =
        fixtures.preview(hall.otherEnterprise(), id, shareholders).body().path("id").asLong();
    assertThat(fixtures.consent(hall.otherEnterprise(), id, shareholders, preview).status())
        .isEqualTo(200);
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), id, shareholders, 1, "0".repeat(64)),
        409,
        "EVIDENCE_ALREADY_ATTACHED");
  }
}
