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
    String residence =
        fixtures.material(EvidenceFixtures.COMPANY_SETUP, EvidenceFixtures.RESIDENCE);
    String shareholders =
        fixtures.material(EvidenceFixtures.COMPANY_SETUP, EvidenceFixtures.SHAREHOLDERS);
    String id = fixtures.draft("enterprise2", EvidenceFixtures.COMPANY_SETUP);
    fixtures.uploadRequired("enterprise2", id);

    Api.Response refused = fixtures.submit("enterprise2", id);

    assertProblem(refused, 400, "MATERIALS_MISSING");
    assertThat(refused.body().path("missingMaterials")).isEmpty();
    assertThat(refused.body().path("pendingProofs").toString())
        .contains("{\"code\":\"" + residence + "\",\"name\":\"住所（经营场所）使用证明\",\"action\":\"SIGN\"}")
        .contains(
            "{\"code\":\"" + shareholders + "\",\"name\":\"股东主体资格证明\",\"action\":\"CONSENT\"}");
    assertThat(refused.body().path("detail").asText())
        .contains(residence + " 住所（经营场所）使用证明（签署告知承诺书）")
        .contains(shareholders + " 股东主体资格证明（预览并确认共享数据）");

    JsonNode text = fixtures.proof("enterprise2", id, residence).path("commitment");
    assertThat(
            fixtures
                .sign(
                    "enterprise2",
                    id,
                    residence,
                    text.path("version").asInt(),
                    text.path("sha256").asText())
                .status())
        .isEqualTo(201);
    Api.Response stillRefused = fixtures.submit("enterprise2", id);
    assertProblem(stillRefused, 400, "MATERIALS_MISSING");
    assertThat(stillRefused.body().path("pendingProofs").findValuesAsText("code"))
        .containsExactly(shareholders);
    assertThat(journeys.application("enterprise2", id).path("status").asText()).isEqualTo("DRAFT");

    long preview = fixtures.preview("enterprise2", id, shareholders).body().path("id").asLong();
    assertThat(fixtures.consent("enterprise2", id, shareholders, preview).status()).isEqualTo(200);
    Api.Response submitted = fixtures.submit("enterprise2", id);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

    assertThat(commitments.signedFor(id))
        .singleElement()
        .satisfies(
            signed -> {
              assertThat(signed.materialCode()).isEqualTo(residence);
              assertThat(signed.applicationId()).isEqualTo(id);
              assertThat(signed.signedBy()).isEqualTo("enterprise2");
              assertThat(signed.textSha256()).isEqualTo(text.path("sha256").asText());
            });
    JsonNode seen = fixtures.proofs("market-clerk", id);
    assertThat(seen.path("status").asText()).isEqualTo("SUBMITTED");
    JsonNode signed = fixtures.proof("market-clerk", id, residence);
    assertThat(signed.path("basis").asText()).isEqualTo("COMMITMENT");
    assertThat(signed.path("signature").path("signedBy").asText()).isEqualTo("enterprise2");
    assertThat(signed.path("signature").path("remoteIp").asText()).isEqualTo("127.0.0.1");
    assertThat(signed.path("signature").path("reliedOn").asBoolean()).isTrue();
    assertThat(fixtures.proof("market-clerk", id, shareholders).path("basis").asText())
        .isEqualTo("EVIDENCE");
    assertProblem(
        journeys.as("clerk").get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        fixtures.sign("enterprise2", id, residence, 1, "0".repeat(64)),
        409,
        "APPLICATION_NOT_DRAFT");
  }

  @Test
  void abolishedAndDepartmentVerifiedProofsAskNothingOfTheApplicant() {
    String staff =
        fixtures.material(EvidenceFixtures.FOOD_PERMIT, EvidenceFixtures.FOOD_SAFETY_STAFF);
    String title = fixtures.material(EvidenceFixtures.FOOD_PERMIT, EvidenceFixtures.PREMISES_TITLE);
    String id = fixtures.draft("enterprise", EvidenceFixtures.FOOD_PERMIT);

    for (String code : new String[] {staff, title}) {
      JsonNode proof = fixtures.proof("enterprise", id, code);
      assertThat(proof.path("state").asText()).as(code).isEqualTo("NOTHING_TO_DO");
      assertThat(proof.has("action")).isFalse();
      assertThat(proof.path("satisfied").asBoolean()).isTrue();
      assertThat(proof.path("uploadAllowed").asBoolean()).isFalse();
      assertProblem(fixtures.upload("enterprise", id, code), 400, "MATERIAL_NOT_UPLOADABLE");
      assertProblem(fixtures.preview("enterprise", id, code), 400, "EVIDENCE_NOT_SHARED");
      assertProblem(
          fixtures.sign("enterprise", id, code, 1, "0".repeat(64)),
          400,
          "COMMITMENT_NOT_APPLICABLE");
    }
    assertThat(fixtures.proof("enterprise", id, staff).path("basis").asText())
        .isEqualTo("DEPARTMENT_VERIFICATION");
    assertThat(fixtures.proof("enterprise", id, title).path("basis").asText())
        .isEqualTo("ABOLISHED");
    JsonNode draft = journeys.application("enterprise", id);
    assertThat(draft.path("missingMaterials").findValuesAsText("code"))
        .doesNotContain(staff, title);
    assertThat(draft.path("pendingProofs").findValuesAsText("code")).doesNotContain(staff, title);
  }

  @Test
  void aRequiredProofIsUploadedAsBefore() {
    String landUse = fixtures.material(EvidenceFixtures.PLANNING_PERMIT, EvidenceFixtures.LAND_USE);
    String id = fixtures.draft("enterprise", EvidenceFixtures.PLANNING_PERMIT);
    JsonNode before = fixtures.proof("enterprise", id, landUse);
    assertThat(before.path("disposition").asText()).isEqualTo("REQUIRED");
    assertThat(before.path("state").asText()).isEqualTo("AWAITING_UPLOAD");
    assertThat(before.path("action").asText()).isEqualTo("UPLOAD");
    assertThat(
            journeys
                .application("enterprise", id)
                .path("missingMaterials")
                .findValuesAsText("code"))
        .contains(landUse);

    assertThat(fixtures.upload("enterprise", id, landUse).status()).isEqualTo(201);

    JsonNode after = fixtures.proof("enterprise", id, landUse);
    assertThat(after.path("state").asText()).isEqualTo("UPLOADED");
    assertThat(after.path("satisfied").asBoolean()).isTrue();
  }

  @Test
  void theEnglishNoticeNamesWhatEachMissingMaterialWaitsFor() {
    String id = fixtures.draft("enterprise", EvidenceFixtures.PLANNING_PERMIT);
    org.springframework.http.HttpHeaders english = new org.springframework.http.HttpHeaders();
    english.set(org.springframework.http.HttpHeaders.ACCEPT_LANGUAGE, "en");

    Api.Response refused =
        journeys.as("enterprise").post("/api/applications/" + id + "/submit", null, english);

    assertProblem(refused, 400, "MATERIALS_MISSING");
    assertThat(refused.body().path("detail").asText())
        .startsWith("These required materials are not complete yet: ")
        .contains("(upload)")
        .contains("(preview and consent to the shared data)");
  }
}
