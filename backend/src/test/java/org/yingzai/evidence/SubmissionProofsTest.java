package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.evidence.SharedEvidenceTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.Api;

/**
 * Submission waits for every proof: uploads where the catalogue (or a fallback, or the dishonesty
 * list) asks for them, consented evidence, signed commitments; and nothing for the rest.
 */
class SubmissionProofsTest extends EvidenceIntegrationTest {

  @Autowired Commitments commitments;

  @Test
  void submissionIsRefusedUntilEveryProofIsSatisfiedAndNamesEverythingAtOnce() {
    String residence = fixtures.material(hall.setupItem(), hall.residenceProof());
    String shareholders = fixtures.material(hall.setupItem(), hall.shareholdersProof());
    String id = fixtures.draft(hall.otherEnterprise(), hall.setupItem());
    fixtures.uploadRequired(hall.otherEnterprise(), id);

    Api.Response refused = fixtures.submit(hall.otherEnterprise(), id);

    assertProblem(refused, 400, "MATERIALS_MISSING");
    assertThat(refused.body().path("missingMaterials")).isEmpty();
    assertThat(refused.body().path("pendingProofs").toString())
        .contains("{\"code\":\"" + residence + "\",\"name\":\"住所（经营场所）使用证明\",\"action\":\"SIGN\"}")
        .contains(
            "{\"code\":\"" + shareholders + "\",\"name\":\"股东主体资格证明\",\"action\":\"CONSENT\"}");
    assertThat(refused.body().path("detail").asText())
        .contains(residence + " 住所（经营场所）使用证明（签署告知承诺书）")
        .contains(shareholders + " 股东主体资格证明（预览并确认共享数据）");

    JsonNode text = fixtures.proof(hall.otherEnterprise(), id, residence).path("commitment");
    assertThat(
            fixtures
                .sign(
                    hall.otherEnterprise(),
                    id,
                    residence,
                    text.path("version").asInt(),
                    text.path("sha256").asText())
                .status())
        .isEqualTo(201);
    Api.Response stillRefused = fixtures.submit(hall.otherEnterprise(), id);
    assertProblem(stillRefused, 400, "MATERIALS_MISSING");
    assertThat(stillRefused.body().path("pendingProofs").findValuesAsText("code"))
        .containsExactly(shareholders);
    assertThat(journeys.application(hall.otherEnterprise(), id).path("status").asText())
        .isEqualTo("DRAFT");

    long preview =
        fixtures.preview(hall.otherEnterprise(), id, shareholders).body().path("id").asLong();
    assertThat(fixtures.consent(hall.otherEnterprise(), id, shareholders, preview).status())
        .isEqualTo(200);
    Api.Response submitted = fixtures.submit(hall.otherEnterprise(), id);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

    assertThat(commitments.signedFor(id))
        .singleElement()
        .satisfies(
            signed -> {
              assertThat(signed.materialCode()).isEqualTo(residence);
              assertThat(signed.applicationId()).isEqualTo(id);
              assertThat(signed.signedBy()).isEqualTo(hall.otherEnterprise());
              assertThat(signed.textSha256()).isEqualTo(text.path("sha256").asText());
            });
    JsonNode seen = fixtures.proofs(hall.clerk(), id);
    assertThat(seen.path("status").asText()).isEqualTo("SUBMITTED");
    JsonNode signed = fixtures.proof(hall.clerk(), id, residence);
    assertThat(signed.path("basis").asText()).isEqualTo("COMMITMENT");
    assertThat(signed.path("signature").path("signedBy").asText())
        .isEqualTo(hall.otherEnterprise());
    assertThat(signed.path("signature").path("remoteIp").asText()).isEqualTo("127.0.0.1");
    assertThat(signed.path("signature").path("reliedOn").asBoolean()).isTrue();
    assertThat(fixtures.proof(hall.clerk(), id, shareholders).path("basis").asText())
        .isEqualTo("EVIDENCE");
    assertProblem(
        journeys.as(hall.outsider()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), id, residence, 1, "0".repeat(64)),
        409,
        "APPLICATION_NOT_DRAFT");
  }

  @Test
  void abolishedAndDepartmentVerifiedProofsAskNothingOfTheApplicant() {
    String staff = fixtures.material(hall.permitItem(), hall.verifiedProof());
    String title = fixtures.material(hall.permitItem(), hall.abolishedProof());
    String id = fixtures.draft(hall.enterprise(), hall.permitItem());

    for (String code : new String[] {staff, title}) {
      JsonNode proof = fixtures.proof(hall.enterprise(), id, code);
      assertThat(proof.path("state").asText()).as(code).isEqualTo("NOTHING_TO_DO");
      assertThat(proof.has("action")).isFalse();
      assertThat(proof.path("satisfied").asBoolean()).isTrue();
      assertThat(proof.path("uploadAllowed").asBoolean()).isFalse();
      assertProblem(fixtures.upload(hall.enterprise(), id, code), 400, "MATERIAL_NOT_UPLOADABLE");
      assertProblem(fixtures.preview(hall.enterprise(), id, code), 400, "EVIDENCE_NOT_SHARED");
      assertProblem(
          fixtures.sign(hall.enterprise(), id, code, 1, "0".repeat(64)),
          400,
          "COMMITMENT_NOT_APPLICABLE");
    }
    assertThat(fixtures.proof(hall.enterprise(), id, staff).path("basis").asText())
        .isEqualTo("DEPARTMENT_VERIFICATION");
    assertThat(fixtures.proof(hall.enterprise(), id, title).path("basis").asText())
        .isEqualTo("ABOLISHED");
    JsonNode draft = journeys.application(hall.enterprise(), id);
    assertThat(draft.path("missingMaterials").findValuesAsText("code"))
        .doesNotContain(staff, title);
    assertThat(draft.path("pendingProofs").findValuesAsText("code")).doesNotContain(staff, title);
  }

  @Test
  void aRequiredProofIsUploadedAsBefore() {
    String landUse = fixtures.material(hall.committedItem(), hall.requiredProof());
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    JsonNode before = fixtures.proof(hall.enterprise(), id, landUse);
    assertThat(before.path("disposition").asText()).isEqualTo("REQUIRED");
    assertThat(before.path("state").asText()).isEqualTo("AWAITING_UPLOAD");
    assertThat(before.path("action").asText()).isEqualTo("UPLOAD");
    assertThat(
            journeys
                .application(hall.enterprise(), id)
                .path("missingMaterials")
                .findValuesAsText("code"))
        .contains(landUse);

    assertThat(fixtures.upload(hall.enterprise(), id, landUse).status()).isEqualTo(201);

    JsonNode after = fixtures.proof(hall.enterprise(), id, landUse);
    assertThat(after.path("state").asText()).isEqualTo("UPLOADED");
    assertThat(after.path("satisfied").asBoolean()).isTrue();
  }

  @Test
  void theEnglishNoticeNamesWhatEachMissingMaterialWaitsFor() {
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    org.springframework.http.HttpHeaders english = new org.springframework.http.HttpHeaders();
    english.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "en");

    Api.Response refused =
        journeys.as(hall.enterprise()).post("/api/applications/" + id + "/submit", null, english);

    assertProblem(refused, 400, "MATERIALS_MISSING");
    assertThat(refused.body().path("detail").asText())
        .startsWith("These required materials are not complete yet: ")
        .contains("(upload)")
        .contains("(preview and consent to the shared data)");
  }
}
