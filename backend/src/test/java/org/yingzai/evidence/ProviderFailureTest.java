package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.evidence.SharedEvidenceTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.evidence.EvidenceFixtures.TestEnterprise;
import org.yingzai.shared.Sha256;
import org.yingzai.support.Api;

/**
 * A provider that cannot deliver never blocks silently: the applicant is told why and offered the
 * fallback the catalogue names, an upload or a commitment.
 */
class ProviderFailureTest extends EvidenceIntegrationTest {

  @Autowired Commitments commitments;

  @Test
  void afterAFailureWithUploadFallbackTheProofIsUploadedAndRequired() {
    TestEnterprise unknown = fixtures.unknownEnterprise();
    String user = unknown.username();
    String id = fixtures.draft(user, hall.committedItem());
    String licence = fixtures.material(hall.committedItem(), hall.sharedProof());
    fixtures.uploadRequired(user, id);
    assertProblem(fixtures.upload(user, id, licence), 400, "MATERIAL_NOT_UPLOADABLE");

    Api.Response preview = fixtures.preview(user, id, licence);

    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode failed = preview.body();
    assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.has("fields")).isFalse();
    assertThat(failed.path("failure").path("reason").asText()).isEqualTo("NOT_FOUND");
    assertThat(failed.path("failure").path("message").asText())
        .isEqualTo("市场监督管理局的共享数据中没有查到本单位的市场主体登记信息。");
    assertThat(failed.path("fallback").path("catalogued").asText()).isEqualTo("UPLOAD");
    assertThat(failed.path("fallback").path("action").asText()).isEqualTo("UPLOAD");
    assertThat(failed.path("fallback").path("message").asText()).isEqualTo("您可以改为上传“营业执照”。");

    JsonNode proof = fixtures.proof(user, id, licence);
    assertThat(proof.path("state").asText()).isEqualTo("FAILED");
    assertThat(proof.path("action").asText()).isEqualTo("UPLOAD");
    assertThat(proof.path("uploadAllowed").asBoolean()).isTrue();
    assertThat(proof.path("lastFailure").path("failure").path("reason").asText())
        .isEqualTo("NOT_FOUND");
    assertThat(proof.path("notice").asText()).isEqualTo("您可以改为上传“营业执照”。");
    assertThat(journeys.application(user, id).path("missingMaterials").findValuesAsText("code"))
        .containsExactly(licence);
    Api.Response refused = fixtures.submit(user, id);
    assertProblem(refused, 400, "MATERIALS_MISSING");
    assertThat(refused.body().path("detail").asText()).contains(licence).contains("上传");

    assertThat(fixtures.upload(user, id, licence).status()).isEqualTo(201);
    assertThat(fixtures.submit(user, id).status()).isEqualTo(200);

    JsonNode seen = fixtures.proof(hall.clerk(), id, licence);
    assertThat(seen.path("basis").asText()).isEqualTo("UPLOAD");
    assertThat(seen.path("state").asText()).isEqualTo("UPLOADED");
    assertThat(seen.path("lastFailure").path("failure").path("reason").asText())
        .isEqualTo("NOT_FOUND");
    assertThat(seen.path("lastFailure").has("fallback")).isFalse();
  }

  @Test
  void aProofThatBecameAnUploadMayBeAskedForAgainButSharedEvidenceMayNot() {
    String licence = fixtures.material(hall.committedItem(), hall.sharedProof());
    TestEnterprise unknown = fixtures.unknownEnterprise();
    String uploaded = journeys.submitted(unknown.username(), hall.committedItem());
    String shared = journeys.submitted(hall.enterprise(), hall.committedItem());

    Api.Response refused = journeys.requestSupplement(hall.clerk(), shared, "请补充营业执照", licence);
    assertProblem(refused, 400, "MATERIAL_NOT_REQUESTABLE");

    Api.Response requested = journeys.requestSupplement(hall.clerk(), uploaded, "营业执照不清晰", licence);
    assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
    assertThat(fixtures.upload(unknown.username(), uploaded, licence).status()).isEqualTo(201);
    Api.Response answered =
        journeys.as(unknown.username()).post("/api/applications/" + uploaded + "/supplement", null);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
  }

  @Test
  void afterAFailureWithCommitmentFallbackTheApplicantSignsInstead() {
    TestEnterprise unknown = fixtures.unknownEnterprise();
    String user = unknown.username();
    String id = fixtures.draft(user, hall.setupItem());
    String shareholders = fixtures.material(hall.setupItem(), hall.shareholdersProof());
    String residence = fixtures.material(hall.setupItem(), hall.residenceProof());
    fixtures.uploadRequired(user, id);
    JsonNode residenceText = fixtures.proof(user, id, residence).path("commitment");
    assertThat(fixtures.proof(user, id, shareholders).has("commitment")).isFalse();
    assertProblem(
        fixtures.sign(user, id, shareholders, 1, "0".repeat(64)), 409, "COMMITMENT_NOT_OFFERED");

    JsonNode failed = fixtures.preview(user, id, shareholders).body();

    assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.path("failure").path("reason").asText()).isEqualTo("NOT_FOUND");
    JsonNode fallback = failed.path("fallback");
    assertThat(fallback.path("catalogued").asText()).isEqualTo("COMMITMENT");
    assertThat(fallback.path("action").asText()).isEqualTo("SIGN");
    assertThat(fallback.path("message").asText()).isEqualTo("您可以改为签署“股东主体资格证明”的告知承诺书。");
    JsonNode text = fallback.path("commitment");
    assertThat(text.path("text").asText()).startsWith("本单位承诺：各股东依法设立并有效存续");
    assertThat(text.path("sha256").asText()).isEqualTo(Sha256.of(text.path("text").asText()));
    assertProblem(fixtures.upload(user, id, shareholders), 400, "MATERIAL_NOT_UPLOADABLE");
    assertThat(journeys.application(user, id).path("pendingProofs").toString())
        .contains("{\"code\":\"" + shareholders + "\",\"name\":\"股东主体资格证明\",\"action\":\"SIGN\"}");
    assertThat(fixtures.proof(user, id, shareholders).path("state").asText()).isEqualTo("FAILED");

    Api.Response signed =
        fixtures.sign(
            user, id, shareholders, text.path("version").asInt(), text.path("sha256").asText());
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    assertThat(
            fixtures
                .sign(
                    user,
                    id,
                    residence,
                    residenceText.path("version").asInt(),
                    residenceText.path("sha256").asText())
                .status())
        .isEqualTo(201);
    assertThat(fixtures.proof(user, id, shareholders).path("state").asText()).isEqualTo("SIGNED");
    assertThat(commitments.signedFor(id)).isEmpty();
    assertThat(fixtures.submit(user, id).status()).isEqualTo(200);

    List<SignedCommitment> relied = commitments.signedFor(id);
    assertThat(relied)
        .extracting(
            SignedCommitment::materialCode,
            SignedCommitment::proofCode,
            SignedCommitment::riskLevel,
            SignedCommitment::verificationDays,
            SignedCommitment::signedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                residence, hall.residenceProof(), RiskLevel.MEDIUM, 30, user),
            org.assertj.core.groups.Tuple.tuple(
                shareholders, hall.shareholdersProof(), RiskLevel.LOW, 20, user));
    JsonNode seen = fixtures.proof(hall.clerk(), id, shareholders);
    assertThat(seen.path("basis").asText()).isEqualTo("COMMITMENT");
    assertThat(seen.path("signature").path("reliedOn").asBoolean()).isTrue();
    assertThat(seen.path("signature").path("enterprise").path("creditCode").asText())
        .isEqualTo(unknown.creditCode());
  }
}
