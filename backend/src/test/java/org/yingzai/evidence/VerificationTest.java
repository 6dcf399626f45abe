package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.evidence.EvidenceFixtures.TestEnterprise;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;

/**
 * The certificate-free path end to end over HTTP (issue "Certificate-free handling"): an enterprise
 * applies for the food permit, whose proofs take every disposition; it uploads only the required
 * proof, consents to the shared evidence and signs the commitment; the clerk sees both; after the
 * approval the verification is drawn, and a false commitment revokes the result, makes a credit
 * record, tells the enterprise, and keeps it from signing commitments again.
 */
class VerificationTest extends EvidenceIntegrationTest {

  @Autowired VerificationSampler sampler;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  String licence;
  String residence;

  @BeforeEach
  void setUp() {
    licence = fixtures.material(hall.permitItem(), hall.sharedProof());
    residence = fixtures.material(hall.permitItem(), hall.residenceProof());
  }

  @Test
  void aFalseCommitmentRevokesTheResultRecordsCreditAndBarsCommitments() {
    TestEnterprise applicant = fixtures.registeredEnterprise();
    String user = applicant.username();
    String id = fixtures.draft(user, hall.permitItem());

    // only uploads are asked for as uploads; the waived proofs are spared or handled otherwise
    JsonNode draft = journeys.application(user, id);
    assertThat(draft.path("missingMaterials").findValuesAsText("code"))
        .doesNotContain(licence, residence, "M05", "M06")
        .contains("M07");
    assertThat(draft.path("pendingProofs").findValuesAsText("code"))
        .containsExactlyInAnyOrder(licence, residence);
    assertThat(fixtures.upload(user, id, residence).status()).isEqualTo(400);
    fixtures.uploadRequired(user, id);
    JsonNode preview = fixtures.preview(user, id, licence).body();
    assertThat(preview.path("outcome").asText()).isEqualTo("FOUND");
    assertThat(fixtures.consent(user, id, licence, preview.path("id").asLong()).status())
        .isEqualTo(200);
    JsonNode text = journeys.commitmentText(journeys.as(user), id, residence);
    journeys.sign(journeys.as(user), id, residence, text);
    assertThat(fixtures.submit(user, id).status()).isEqualTo(200);

    // the clerk sees the evidence and the signature
    JsonNode seen = fixtures.proofs(hall.clerk(), id);
    assertThat(seen.toString()).contains("market-register").contains(text.path("sha256").asText());

    approve(id);

    // an enterprise's first approval on commitments is always verified
    JsonNode verification = verification(id);
    assertThat(verification.path("status").asText()).isEqualTo("PENDING");
    assertThat(verification.path("firstCommitment").asBoolean()).isTrue();
    assertThat(verification.path("samplingRate").asDouble()).isEqualTo(1.0);
    assertThat(verification.path("riskLevel").asText()).isEqualTo("MEDIUM");
    assertThat(verification.path("draw").asDouble()).isEqualTo(sampler.draw(id));
    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(task.path("step").asText()).isEqualTo("VERIFY");
    assertThat(task.path("dueAt").asText()).isEqualTo(verification.path("dueAt").asText());
    assertThat(journeys.findTask(hall.outsider(), id)).isEmpty();

    Api.Response withoutReason = journeys.complete(hall.clerk(), id, "FALSE", null);
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.text("code")).isEqualTo("COMMENT_REQUIRED");
    // the licence verifies as genuine and valid until the verification finds the commitment false
    String code = journeys.application(user, id).path("results").get(0).path("code").asText();
    Api anyone = Api.anonymous(http);
    assertThat(anyone.get("/api/results/" + code).text("status")).isEqualTo("VALID");
    Api.Response revoked = journeys.complete(hall.clerk(), id, "FALSE", "实地核查：申报住所不存在");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    JsonNode result = anyone.get("/api/results/" + code).body();
    assertThat(result.path("genuine").asBoolean()).isTrue();
    assertThat(result.path("status").asText()).isEqualTo("REVOKED");
    assertThat(result.path("revokedAt").asText()).isNotBlank();

    JsonNode application = journeys.application(user, id);
    assertThat(application.path("status").asText()).isEqualTo("REVOKED");
    JsonNode last = application.path("timeline").get(application.path("timeline").size() - 1);
    assertThat(last.path("action").asText()).isEqualTo("REVOKED");
    assertThat(last.path("step").asText()).isEqualTo("VERIFY");
    assertThat(last.path("comment").asText()).isEqualTo("实地核查：申报住所不存在");
    assertThat(verification(id).path("status").asText()).isEqualTo("REVOKED");

    JsonNode records =
        journeys
            .as(hall.admin())
            .get("/api/admin/credit-records?creditCode=" + applicant.creditCode())
            .body()
            .path("content");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).path("kind").asText()).isEqualTo("FALSE_COMMITMENT");
    assertThat(records.get(0).path("applicationId").asText()).isEqualTo(id);
    assertThat(records.get(0).path("active").asBoolean()).isTrue();

    JsonNode inbox = journeys.as(user).get("/api/notifications?size=100").body().path("content");
    assertThat(inbox.findValuesAsText("kind")).contains("APPLICATION_REVOKED");
    assertThat(inbox.toString()).contains("申报住所不存在");

    // the next application: no commitments any more, the proof is to be uploaded
    String next = fixtures.draft(user, hall.permitItem());
    Api.Response refused =
        fixtures.sign(
            user, next, residence, text.path("version").asInt(), text.path("sha256").asText());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("code")).isEqualTo("COMMITMENT_NOT_ALLOWED");
    assertThat(journeys.application(user, next).path("missingMaterials").findValuesAsText("code"))
        .contains(residence);
  }

  @Test
  void aTrueCommitmentClosesTheVerificationAndKeepsTheApproval() {
    TestEnterprise applicant = fixtures.registeredEnterprise();
    String id = journeys.submitted(applicant.username(), hall.permitItem());
    approve(id);

    Api.Response verified = journeys.complete(hall.clerk(), id, "TRUE", null);

    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonNode application = journeys.application(applicant.username(), id);
    assertThat(application.path("status").asText()).isEqualTo("APPROVED");
    assertThat(application.path("timeline").findValuesAsText("action")).contains("VERIFIED");
    JsonNode verification = verification(id);
    assertThat(verification.path("status").asText()).isEqualTo("VERIFIED");
    assertThat(verification.path("finishedBy").asText()).isEqualTo(hall.clerk());
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
  }

  @Test
  void theVerifyStepTurnsRedByItsTimerWhenItsDeadlinePasses() {
    TestEnterprise applicant = fixtures.registeredEnterprise();
    String id = journeys.submitted(applicant.username(), hall.permitItem());
    approve(id);
    JsonNode task = journeys.findTask(hall.clerk(), id).orElseThrow();
    assertThat(task.path("warningLevel").asText()).isEqualTo("GREEN");

    EngineTime.at(
        java.time.OffsetDateTime.parse(task.path("dueAt").asText()).plusMinutes(1).toString());
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(CommitmentVerification.PROCESS_KEY)
            .processInstanceBusinessKey(id)
            .singleResult()
            .getId();
    for (Job due :
        management.createJobQuery().processInstanceId(instance).timers().executable().list()) {
      management.executeJob(due.getId());
    }

    assertThat(journeys.findTask(hall.clerk(), id).orElseThrow().path("warningLevel").asText())
        .isEqualTo("RED");
    JsonNode events = journeys.application(hall.supervisor(), id).path("stepWarningEvents");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.path("step").asText()).isEqualTo("VERIFY");
    assertThat(last.path("levelTo").asText()).isEqualTo("RED");
    assertThat(last.path("cause").asText()).isEqualTo("TIMER");
    JsonNode inbox =
        journeys.as(hall.clerk()).get("/api/notifications?size=100").body().path("content");
    List<String> stepRed = new ArrayList<>();
    inbox.forEach(
        notice -> {
          if (id.equals(notice.path("applicationId").asText())) {
            stepRed.add(notice.path("kind").asText());
          }
        });
    assertThat(stepRed).containsExactly("STEP_RED");
  }

  @Test
  void aLaterApprovalIsDrawnAtTheRiskLevelsRateAndTheDrawIsRecordedEitherWay() {
    TestEnterprise applicant = fixtures.registeredEnterprise();
    String first = journeys.submitted(applicant.username(), hall.permitItem());
    approve(first);
    assertThat(journeys.complete(hall.clerk(), first, "TRUE", null).status()).isEqualTo(200);

    String second = journeys.submitted(applicant.username(), hall.permitItem());
    approve(second);

    JsonNode verification = verification(second);
    assertThat(verification.path("firstCommitment").asBoolean()).isFalse();
    assertThat(verification.path("samplingRate").asDouble()).isEqualTo(0.3);
    double draw = sampler.draw(second);
    assertThat(verification.path("draw").asDouble()).isEqualTo(draw);
    boolean sampled = draw < 0.3;
    assertThat(verification.path("sampled").asBoolean()).isEqualTo(sampled);
    assertThat(verification.path("status").asText()).isEqualTo(sampled ? "PENDING" : "NOT_SAMPLED");
    assertThat(journeys.findTask(hall.clerk(), second).isPresent()).isEqualTo(sampled);
  }

  @Test
  void anApprovalWithoutCommitmentsIsNotDrawn() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).status()).isEqualTo(200);

    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM commitment_verification WHERE application_id = ?",
                Long.class,
                id))
        .isZero();
    assertThat(journeys.findTask(hall.clerk(), id)).isEmpty();
  }

  @Test
  void onlySupervisorsReadTheDraws() {
    assertThat(journeys.as(hall.outsider()).get("/api/supervision/verifications").status())
        .isEqualTo(403);
    assertThat(journeys.as(hall.enterprise()).get("/api/supervision/verifications").status())
        .isEqualTo(403);
    assertThat(journeys.as(hall.supervisor()).get("/api/supervision/verifications").status())
        .isEqualTo(200);
  }

  private void approve(String id) {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put("ACCEPT", hall.clerk());
    steps.put("PASS", hall.reviewer());
    steps.put("APPROVE", hall.approver());
    steps.forEach(
        (outcome, officer) -> {
          Api.Response done = journeys.complete(officer, id, outcome, null);
          assertThat(done.status()).as(done.toString()).isEqualTo(200);
        });
  }

  private JsonNode verification(String applicationId) {
    for (int page = 0; ; page++) {
      Api.Response list =
          journeys
              .as(hall.supervisor())
              .get("/api/supervision/verifications?size=100&page=" + page);
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      for (JsonNode row : list.body().path("content")) {
        if (applicationId.equals(row.path("applicationId").asText())) {
          return row;
        }
      }
      if (list.body().path("content").size() < 100) {
        throw new AssertionError("No verification of " + applicationId);
      }
    }
  }
}
