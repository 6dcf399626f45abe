package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yingzai.evidence.SharedEvidenceTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.evidence.EvidenceFixtures.TestEnterprise;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Journeys;

/**
 * The dishonesty list (失信): an enterprise with an active credit record cannot use commitments and
 * uploads the proof instead; administrators keep the list, supervisors read it.
 */
class DishonestyTest extends EvidenceIntegrationTest {

  @Autowired CreditRecords creditRecords;
  @Autowired Commitments commitments;

  String residence;
  String shareholders;

  @BeforeEach
  void setUp() {
    residence = fixtures.material(hall.setupItem(), hall.residenceProof());
    shareholders = fixtures.material(hall.setupItem(), hall.shareholdersProof());
  }

  @Test
  void anEnterpriseOnTheListCannotSignAndMustUploadTheProofInstead() {
    TestEnterprise listed = fixtures.registeredEnterprise();
    Api.Response recorded = list(listed, "DISHONEST_LIST", "法院失信被执行人名单（测试）", null);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.body().path("active").asBoolean()).isTrue();
    String user = listed.username();
    String id = fixtures.draft(user, hall.setupItem());

    JsonNode proofs = fixtures.proofs(user, id);
    assertThat(proofs.path("commitmentsAllowed").asBoolean()).isFalse();
    assertThat(proofs.path("notice").asText()).contains("失信名单");
    JsonNode proof = fixtures.proof(user, id, residence);
    assertThat(proof.path("state").asText()).isEqualTo("AWAITING_UPLOAD");
    assertThat(proof.path("action").asText()).isEqualTo("UPLOAD");
    assertThat(proof.path("uploadAllowed").asBoolean()).isTrue();
    assertThat(proof.path("signingOffered").asBoolean()).isFalse();
    assertThat(proof.has("commitment")).isFalse();
    JsonNode draft = journeys.application(user, id);
    assertThat(draft.path("missingMaterials").findValuesAsText("code")).contains(residence);
    assertThat(draft.path("pendingProofs").findValuesAsText("code")).doesNotContain(residence);

    Api.Response refused =
        fixtures.sign(
            user,
            id,
            residence,
            catalog.requireProof(hall.residenceProof()).commitment().version(),
            catalog.requireProof(hall.residenceProof()).commitment().sha256());
    assertProblem(refused, 409, "COMMITMENT_NOT_ALLOWED");
    assertThat(refused.body().path("detail").asText()).contains("失信名单").contains(residence);

    fixtures.uploadRequired(user, id, residence);
    long preview = fixtures.preview(user, id, shareholders).body().path("id").asLong();
    assertThat(fixtures.consent(user, id, shareholders, preview).status()).isEqualTo(200);
    Api.Response missing = fixtures.submit(user, id);
    assertProblem(missing, 400, "MATERIALS_MISSING");
    assertThat(missing.body().path("missingMaterials").findValuesAsText("code"))
        .containsExactly(residence);

    assertThat(fixtures.upload(user, id, residence).status()).isEqualTo(201);
    assertThat(fixtures.submit(user, id).status()).isEqualTo(200);
    assertThat(fixtures.proof(hall.clerk(), id, residence).path("basis").asText())
        .isEqualTo("UPLOAD");
    assertThat(commitments.signedFor(id)).isEmpty();
  }

  @Test
  void anEnterpriseOnTheListWhoseProviderFailsUploadsWhereOthersWouldSign() {
    TestEnterprise listed = fixtures.unknownEnterprise();
    assertThat(list(listed, "DISHONEST_LIST", "测试", null).status()).isEqualTo(201);
    String user = listed.username();
    String id = fixtures.draft(user, hall.setupItem());

    JsonNode failed = fixtures.preview(user, id, shareholders).body();

    assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.path("fallback").path("catalogued").asText()).isEqualTo("COMMITMENT");
    assertThat(failed.path("fallback").path("action").asText()).isEqualTo("UPLOAD");
    assertThat(failed.path("fallback").path("message").asText()).contains("失信名单");
    assertThat(failed.path("fallback").has("commitment")).isFalse();
    assertProblem(
        fixtures.sign(
            user,
            id,
            shareholders,
            catalog.requireProof(hall.shareholdersProof()).commitment().version(),
            catalog.requireProof(hall.shareholdersProof()).commitment().sha256()),
        409,
        "COMMITMENT_NOT_ALLOWED");
    assertThat(journeys.application(user, id).path("missingMaterials").findValuesAsText("code"))
        .contains(shareholders, residence);
    assertThat(fixtures.upload(user, id, shareholders).status()).isEqualTo(201);
  }

  @Test
  void liftingTheRecordLetsTheEnterpriseSignAgain() {
    TestEnterprise listed = fixtures.registeredEnterprise();
    long record = list(listed, "DISHONEST_LIST", "测试", null).body().path("id").asLong();
    assertThat(creditRecords.isDishonest(listed.id())).isTrue();

    assertProblem(
        admin().post("/api/admin/credit-records/" + record + "/lift", Map.of()),
        400,
        "CREDIT_RECORD_LIFT_REASON_REQUIRED");
    Api.Response lifted =
        admin().post("/api/admin/credit-records/" + record + "/lift", Map.of("reason", "已履行"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(lifted.body().path("active").asBoolean()).isFalse();
    assertThat(lifted.body().path("liftedBy").asText()).isEqualTo(hall.admin());
    assertThat(lifted.body().path("liftReason").asText()).isEqualTo("已履行");
    assertProblem(
        admin().post("/api/admin/credit-records/" + record + "/lift", Map.of("reason", "再次")),
        409,
        "CREDIT_RECORD_ALREADY_LIFTED");

    assertThat(creditRecords.isDishonest(listed.id())).isFalse();
    String id = fixtures.draft(listed.username(), hall.setupItem());
    JsonNode text = fixtures.proof(listed.username(), id, residence).path("commitment");
    assertThat(
            fixtures
                .sign(
                    listed.username(),
                    id,
                    residence,
                    text.path("version").asInt(),
                    text.path("sha256").asText())
                .status())
        .isEqualTo(201);
  }

  @Test
  void aFalseCommitmentFoundByVerificationPutsTheEnterpriseOnTheList() {
    TestEnterprise enterprise = fixtures.registeredEnterprise();
    String approved = journeys.submitted(enterprise.username(), hall.setupItem());
    assertThat(commitments.signedFor(approved)).isNotEmpty();
    assertThat(creditRecords.isDishonest(enterprise.id())).isFalse();

    creditRecords.recordFalseCommitment(approved, "核查发现住所承诺不实（测试）", "verifier");

    assertThat(creditRecords.isDishonest(enterprise.id())).isTrue();
    JsonNode page =
        admin().get("/api/admin/credit-records?creditCode=" + enterprise.creditCode()).body();
    assertThat(page.path("totalElements").asLong()).isEqualTo(1);
    JsonNode record = page.path("content").get(0);
    assertThat(record.path("kind").asText()).isEqualTo("FALSE_COMMITMENT");
    assertThat(record.path("applicationId").asText()).isEqualTo(approved);
    assertThat(record.path("recordedBy").asText()).isEqualTo("verifier");
    assertThat(record.path("reason").asText()).isEqualTo("核查发现住所承诺不实（测试）");
    assertThat(record.path("active").asBoolean()).isTrue();
    assertThat(record.has("validUntil")).isFalse();

    String next = fixtures.draft(enterprise.username(), hall.setupItem());
    assertProblem(
        fixtures.sign(
            enterprise.username(),
            next,
            residence,
            catalog.requireProof(hall.residenceProof()).commitment().version(),
            catalog.requireProof(hall.residenceProof()).commitment().sha256()),
        409,
        "COMMITMENT_NOT_ALLOWED");
    assertThatThrownBy(() -> creditRecords.recordFalseCommitment("no-such-application", "x", "v"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> assertThat(problem.code()).isEqualTo("APPLICATION_NOT_FOUND"));
  }

  @Test
  void aRecordEndsAfterItsLastDay() {
    TestEnterprise listed = fixtures.registeredEnterprise();
    LocalDate today = LocalDate.now(Times.ZONE);
    Api.Response recorded = list(listed, "DISHONEST_LIST", "限期失信（测试）", today);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.body().path("validUntil").asText()).isEqualTo(today.toString());
    assertThat(creditRecords.isDishonest(listed.id())).isTrue();

    EngineTime.at(today.plusDays(1).atTime(9, 0));
    assertThat(creditRecords.isDishonest(listed.id())).isFalse();
    EngineTime.at(LocalDateTime.of(today, java.time.LocalTime.of(23, 59)));
    assertThat(creditRecords.isDishonest(listed.id())).isTrue();
    EngineTime.reset();

    assertProblem(
        list(listed, "DISHONEST_LIST", "已过期", today.minusDays(1)),
        400,
        "CREDIT_RECORD_VALID_UNTIL_PAST");
  }

  @Test
  void supervisorsReadTheListAndOnlyAdministratorsChangeIt() {
    TestEnterprise listed = fixtures.registeredEnterprise();
    long record = list(listed, "DISHONEST_LIST", "测试", null).body().path("id").asLong();

    Api supervisor = journeys.as(hall.supervisor());
    Api.Response read = supervisor.get("/api/admin/credit-records?active=true&size=100");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().path("content").findValuesAsText("id")).contains(String.valueOf(record));
    assertThat(supervisor.get("/api/admin/credit-records/" + record).status()).isEqualTo(200);
    assertThat(
            supervisor
                .post("/api/admin/credit-records/" + record + "/lift", Map.of("reason", "x"))
                .status())
        .isEqualTo(403);
    assertThat(supervisor.post("/api/admin/credit-records", Map.of()).status()).isEqualTo(403);
    for (String other : new String[] {hall.enterprise(), hall.clerk()}) {
      assertThat(journeys.as(other).get("/api/admin/credit-records").status()).isEqualTo(403);
    }

    assertProblem(list(listed, "SOMETHING", "测试", null), 400, "CREDIT_RECORD_KIND_INVALID");
    assertProblem(list(listed, "DISHONEST_LIST", " ", null), 400, "CREDIT_RECORD_REASON_REQUIRED");
    assertProblem(
        admin()
            .post(
                "/api/admin/credit-records",
                Map.of(
                    "creditCode",
                    IdentityFixtures.newCreditCode(),
                    "kind",
                    "DISHONEST_LIST",
                    "reason",
                    "x")),
        404,
        "ENTERPRISE_NOT_FOUND");
    String ofAnother = journeys.submitted(hall.otherEnterprise(), hall.setupItem());
    Map<String, Object> mismatch = new HashMap<>();
    mismatch.put("creditCode", listed.creditCode());
    mismatch.put("kind", "FALSE_COMMITMENT");
    mismatch.put("reason", "x");
    mismatch.put("applicationId", ofAnother);
    assertProblem(
        admin().post("/api/admin/credit-records", mismatch),
        400,
        "CREDIT_RECORD_APPLICATION_MISMATCH");
    assertProblem(
        admin().get("/api/admin/credit-records/999999999"), 404, "CREDIT_RECORD_NOT_FOUND");
    assertThat(creditRecords.isDishonest(hall.otherApplicant().id())).isFalse();
  }

  // a test of the demo data itself
  @Test
  void theDemoDataListsOnlyTheThirdDemoEnterprise() {
    long third =
        jdbc.queryForObject(
            "SELECT id FROM enterprise WHERE credit_code = '91370500MA3F6LN3KL'", Long.class);
    assertThat(creditRecords.isDishonest(third)).isTrue();
    assertThat(creditRecords.isDishonest(1L)).isFalse();
    assertThat(creditRecords.isDishonest(2L)).isFalse();
    EvidenceFixtures demo = new EvidenceFixtures(jdbc, enterprises, catalog, new Journeys(http));
    JsonNode proofs = demo.proofs("enterprise3", demo.draft("enterprise3", "GX-MKT-001"));
    assertThat(proofs.path("commitmentsAllowed").asBoolean()).isFalse();
  }

  private Api admin() {
    return journeys.as(hall.admin());
  }

  private Api.Response list(
      TestEnterprise enterprise, String kind, String reason, LocalDate validUntil) {
    Map<String, Object> body = new HashMap<>();
    body.put("creditCode", enterprise.creditCode());
    body.put("kind", kind);
    body.put("reason", reason);
    if (validUntil != null) {
      body.put("validUntil", validUntil.toString());
    }
    return admin().post("/api/admin/credit-records", body);
  }
}
