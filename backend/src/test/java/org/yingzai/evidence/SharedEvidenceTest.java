package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;

/** Shared evidence (数据共享核验): previewed, consented to, recorded and shown to the department. */
class SharedEvidenceTest extends EvidenceIntegrationTest {

  String licence;

  @BeforeEach
  void setUp() {
    licence = fixtures.material(hall.committedItem(), hall.sharedProof());
  }

  @Test
  void aPreviewShowsTheRegisterEntryAndAttachesNothing() {
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    JsonNode before = fixtures.proof(hall.enterprise(), id, licence);
    assertThat(before.path("disposition").asText()).isEqualTo("DATA_SHARING");
    assertThat(before.path("state").asText()).isEqualTo("AWAITING_PREVIEW");
    assertThat(before.path("action").asText()).isEqualTo("PREVIEW");
    assertThat(before.path("uploadAllowed").asBoolean()).isFalse();
    JsonNode draft = journeys.application(hall.enterprise(), id);
    assertThat(draft.path("missingMaterials").findValuesAsText("code")).doesNotContain(licence);
    assertThat(draft.path("pendingProofs").toString())
        .contains("\"code\":\"" + licence + "\"")
        .contains("\"action\":\"CONSENT\"");

    Api.Response preview = fixtures.preview(hall.enterprise(), id, licence);

    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode shown = preview.body();
    assertThat(shown.path("outcome").asText()).isEqualTo("FOUND");
    assertThat(shown.path("provider").asText()).isEqualTo("market-register");
    assertThat(shown.path("source").asText()).isEqualTo("东营市市场监督管理局");
    assertThat(shown.path("evidenceTypeName").asText()).isEqualTo("市场主体登记");
    assertThat(field(shown, "name")).isEqualTo(hall.applicant().name());
    assertThat(field(shown, "status")).isEqualTo("存续");
    assertThat(field(shown, "legalRepresentative"))
        .isEqualTo(hall.applicant().legalRepresentative());
    assertThat(shown.path("fields").get(1).path("label").asText()).isEqualTo("名称");
    assertThat(shown.has("consent")).isFalse();
    assertThat(shown.path("consentBefore").asText()).isNotEmpty();

    JsonNode after = fixtures.proof(hall.enterprise(), id, licence);
    assertThat(after.path("state").asText()).isEqualTo("AWAITING_CONSENT");
    assertThat(after.path("action").asText()).isEqualTo("CONSENT");
    assertThat(after.path("preview").path("id").asLong()).isEqualTo(shown.path("id").asLong());
    assertThat(after.has("evidence")).isFalse();
    assertThat(after.path("satisfied").asBoolean()).isFalse();
    assertThat(journeys.application(hall.enterprise(), id).path("pendingProofs").toString())
        .contains(licence);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM evidence_fetch WHERE application_id = ?"
                    + " AND consented_at IS NOT NULL",
                Long.class,
                id))
        .isZero();
  }

  @Test
  void aConsentAttachesExactlyThePreviewWithWhoWhenAndFromWhere() {
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    JsonNode preview = fixtures.preview(hall.enterprise(), id, licence).body();
    HttpHeaders agent = new HttpHeaders();
    agent.set(HttpHeaders.USER_AGENT, "YingzaiPortal/2.1 (test)");

    Api.Response consent =
        journeys
            .as(hall.enterprise())
            .post(
                "/api/applications/" + id + "/evidence/" + licence + "/consent",
                Map.of("previewId", preview.path("id").asLong()),
                agent);

    assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
    JsonNode attached = consent.body();
    assertThat(attached.path("id").asLong()).isEqualTo(preview.path("id").asLong());
    assertThat(attached.path("sha256").asText()).isEqualTo(preview.path("sha256").asText());
    assertThat(attached.path("fields")).isEqualTo(preview.path("fields"));
    assertThat(attached.path("consent").path("by").asText()).isEqualTo(hall.enterprise());
    assertThat(attached.path("consent").path("ip").asText()).isEqualTo("127.0.0.1");
    assertThat(attached.path("consent").path("userAgent").asText())
        .isEqualTo("YingzaiPortal/2.1 (test)");
    assertThat(attached.has("consentBefore")).isFalse();

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT provider, source, credit_code, consented_by, consent_ip, consent_user_agent,"
                + " fields_sha256, SHA2(fields_json, 256) AS computed FROM evidence_fetch"
                + " WHERE id = ?",
            preview.path("id").asLong());
    assertThat(row)
        .containsEntry("provider", "market-register")
        .containsEntry("source", "东营市市场监督管理局")
        .containsEntry("credit_code", hall.applicant().creditCode())
        .containsEntry("consented_by", hall.enterprise())
        .containsEntry("consent_ip", "127.0.0.1")
        .containsEntry("consent_user_agent", "YingzaiPortal/2.1 (test)");
    assertThat(row.get("fields_sha256")).isEqualTo(row.get("computed"));

    JsonNode proof = fixtures.proof(hall.enterprise(), id, licence);
    assertThat(proof.path("state").asText()).isEqualTo("CONSENTED");
    assertThat(proof.path("basis").asText()).isEqualTo("EVIDENCE");
    assertThat(proof.path("satisfied").asBoolean()).isTrue();
    assertThat(proof.has("action")).isFalse();
    assertThat(proof.has("preview")).isFalse();
    assertThat(journeys.application(hall.enterprise(), id).path("pendingProofs")).isEmpty();

    Api.Response again =
        fixtures.consent(hall.enterprise(), id, licence, preview.path("id").asLong());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().path("consent").path("at"))
        .isEqualTo(attached.path("consent").path("at"));
  }

  @Test
  void theDepartmentSeesTheEvidenceTheApplicationWasSubmittedWith() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());

    for (String reader :
        new String[] {hall.clerk(), hall.reviewer(), hall.supervisor(), hall.enterprise()}) {
      JsonNode proof = fixtures.proof(reader, id, licence);
      assertThat(proof.path("basis").asText()).as(reader).isEqualTo("EVIDENCE");
      assertThat(proof.path("state").asText()).isEqualTo("CONSENTED");
      assertThat(proof.has("action")).isFalse();
      JsonNode evidence = proof.path("evidence");
      assertThat(evidence.path("provider").asText()).isEqualTo("market-register");
      assertThat(evidence.path("source").asText()).isEqualTo("东营市市场监督管理局");
      assertThat(evidence.path("fetchedAt").asText()).endsWith("+08:00");
      assertThat(field(evidence, "name")).isEqualTo(hall.applicant().name());
      assertThat(evidence.path("consent").path("by").asText()).isEqualTo(hall.enterprise());
      assertThat(evidence.path("consent").path("ip").asText()).isEqualTo("127.0.0.1");
    }
    assertThat(fixtures.proofs(hall.clerk(), id).path("enterprise").path("creditCode").asText())
        .isEqualTo(hall.applicant().creditCode());
  }

  @Test
  void aPreviewLeftWithoutConsentIsNotShownOnceSubmitted() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    assertThat(fixtures.preview(hall.enterprise(), id, licence).status()).isEqualTo(200);
    assertThat(fixtures.proof(hall.enterprise(), id, licence).has("preview")).isTrue();

    assertThat(fixtures.submit(hall.enterprise(), id).status()).isEqualTo(200);

    JsonNode proof = fixtures.proof(hall.clerk(), id, licence);
    assertThat(proof.has("preview")).isFalse();
    assertThat(proof.path("evidence").path("consent").path("by").asText())
        .isEqualTo(hall.enterprise());
  }

  @Test
  void aConsentRefersToTheLatestFreshPreviewOfTheSameUser() {
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    long first = fixtures.preview(hall.enterprise(), id, licence).body().path("id").asLong();
    long second = fixtures.preview(hall.enterprise(), id, licence).body().path("id").asLong();

    assertProblem(
        fixtures.consent(hall.enterprise(), id, licence, first),
        409,
        "EVIDENCE_PREVIEW_SUPERSEDED");
    assertProblem(
        fixtures.consent(hall.enterprise(), id, licence, 999_999_999L),
        404,
        "EVIDENCE_PREVIEW_NOT_FOUND");
    String landUse = fixtures.material(hall.committedItem(), hall.requiredProof());
    assertProblem(
        fixtures.consent(hall.enterprise(), id, landUse, second), 400, "EVIDENCE_NOT_SHARED");
    String colleague = fixtures.colleague(hall.applicant().id());
    assertProblem(
        fixtures.consent(colleague, id, licence, second), 409, "EVIDENCE_PREVIEW_OF_ANOTHER_USER");

    // half an hour later the applicant previews again, so that they consent to current data
    EngineTime.at(LocalDateTime.ofInstant(Instant.now().plus(Duration.ofMinutes(31)), Times.ZONE));
    assertProblem(
        fixtures.consent(hall.enterprise(), id, licence, second), 409, "EVIDENCE_PREVIEW_EXPIRED");
    JsonNode proof = fixtures.proof(hall.enterprise(), id, licence);
    assertThat(proof.path("state").asText()).isEqualTo("AWAITING_PREVIEW");
    long third = fixtures.preview(hall.enterprise(), id, licence).body().path("id").asLong();
    assertThat(fixtures.consent(hall.enterprise(), id, licence, third).status()).isEqualTo(200);
  }

  @Test
  void onlyTheOwnerWorksOnTheEvidenceOfItsDraft() {
    String id = fixtures.draft(hall.enterprise(), hall.committedItem());
    long preview = fixtures.preview(hall.enterprise(), id, licence).body().path("id").asLong();

    assertProblem(
        fixtures.preview(hall.otherEnterprise(), id, licence), 404, "APPLICATION_NOT_FOUND");
    assertProblem(
        fixtures.consent(hall.otherEnterprise(), id, licence, preview),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        journeys.as(hall.otherEnterprise()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        fixtures.sign(hall.otherEnterprise(), id, licence, 1, "0".repeat(64)),
        404,
        "APPLICATION_NOT_FOUND");
    // a draft is the applicant's alone
    assertProblem(
        journeys.as(hall.clerk()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        journeys.as(hall.supervisor()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    // a clerk who does not prepare the draft at the counter is told it does not exist
    assertThat(fixtures.preview(hall.clerk(), id, licence).status()).isEqualTo(404);
    assertThat(journeys.as(hall.admin()).get("/api/applications/" + id + "/proofs").status())
        .isEqualTo(403);
  }

  @Test
  void theDepartmentOfAnotherItemDoesNotSeeTheEvidence() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());

    assertProblem(
        journeys.as(hall.outsider()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    assertProblem(
        journeys.as(hall.otherEnterprise()).get("/api/applications/" + id + "/proofs"),
        404,
        "APPLICATION_NOT_FOUND");
    // nothing changes once submitted
    assertProblem(fixtures.preview(hall.enterprise(), id, licence), 409, "APPLICATION_NOT_DRAFT");
  }

  @Test
  void theTaxCreditRatingIsSharedForTheTaxClearance() {
    String id = fixtures.draft(hall.enterprise(), hall.closureItem());
    String clearance = fixtures.material(hall.closureItem(), hall.taxClearanceProof());

    JsonNode shown = fixtures.preview(hall.enterprise(), id, clearance).body();

    assertThat(shown.path("provider").asText()).isEqualTo("tax-credit");
    assertThat(field(shown, "rating")).isEqualTo("A");
    assertThat(shown.path("fields").toString()).contains("\"value\":2025");
    assertThat(shown.path("source").asText()).isEqualTo("国家税务总局东营市税务局");
  }

  private static String field(JsonNode evidence, String name) {
    for (JsonNode field : evidence.path("fields")) {
      if (name.equals(field.path("name").asText())) {
        return field.path("value").asText();
      }
    }
    throw new AssertionError("No field " + name + " in " + evidence);
  }

  static void assertProblem(Api.Response response, int status, String code) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.code()).as(response.toString()).isEqualTo(code);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
