package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.evidence.EvidenceFixtures.TestEnterprise;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;

/**
 * What the audit trail records of the certificate-free path: evidence fetched (found or failed) and
 * consented to, the fallback taken, commitments signed, the verification's draw and finding, and
 * credit records made and lifted; a refused write records nothing.
 */
class EvidenceAuditTest extends EvidenceIntegrationTest {

  private JsonNode page(String query) {
    Api.Response page = journeys.as(hall.supervisor()).get("/api/audit?size=100&" + query);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.body();
  }

  /** The application's records, oldest first. */
  private List<JsonNode> trailOf(String applicationId) {
    List<JsonNode> records = new ArrayList<>();
    page("applicationId=" + applicationId).path("content").forEach(r -> records.add(0, r));
    return records;
  }

  private static JsonNode only(List<JsonNode> records, String action) {
    List<JsonNode> found =
        records.stream().filter(r -> r.path("action").asText().equals(action)).toList();
    assertThat(found).as(action + " in " + records).hasSize(1);
    return found.get(0);
  }

  private void assertTrailIntact() {
    new AuditTrails(journeys.as(hall.supervisor())).assertIntact();
  }

  @Test
  void evidenceCommitmentsTheVerificationAndItsCreditRecordAreRecorded() {
    String licence = fixtures.material(hall.permitItem(), hall.sharedProof());
    String residence = fixtures.material(hall.permitItem(), hall.residenceProof());
    TestEnterprise applicant = fixtures.registeredEnterprise();
    String user = applicant.username();
    String id = fixtures.draft(user, hall.permitItem());
    fixtures.uploadRequired(user, id);
    JsonNode preview = fixtures.preview(user, id, licence).body();
    assertThat(preview.path("outcome").asText()).isEqualTo("FOUND");
    long previewId = preview.path("id").asLong();

    int before = trailOf(id).size();
    assertThat(fixtures.consent(user, id, licence, previewId + 1000).status()).isEqualTo(404);
    assertThat(trailOf(id)).hasSize(before);

    assertThat(fixtures.consent(user, id, licence, previewId).status()).isEqualTo(200);
    JsonNode text = journeys.commitmentText(journeys.as(user), id, residence);
    long signatureId =
        journeys.sign(journeys.as(user), id, residence, text).body().path("id").asLong();
    assertThat(fixtures.submit(user, id).status()).isEqualTo(200);
    for (String[] step :
        new String[][] {
          {"ACCEPT", hall.clerk()}, {"PASS", hall.reviewer()}, {"APPROVE", hall.approver()}
        }) {
      assertThat(journeys.complete(step[1], id, step[0], null).status()).isEqualTo(200);
    }
    Api.Response revoked = journeys.complete(hall.clerk(), id, "FALSE", "实地核查：申报住所不存在");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

    List<JsonNode> records = trailOf(id);
    JsonNode fetched = only(records, "EVIDENCE_FETCHED");
    assertThat(fetched.path("object").asText()).isEqualTo("evidence-fetch:" + previewId);
    assertThat(fetched.path("actor").asText()).isEqualTo(user);
    assertThat(fetched.path("role").asText()).isEqualTo("ENTERPRISE");
    JsonNode consented = only(records, "EVIDENCE_CONSENTED");
    assertThat(consented.path("object").asText()).isEqualTo("evidence-fetch:" + previewId);
    assertThat(consented.path("seq").asLong()).isGreaterThan(fetched.path("seq").asLong());
    JsonNode signed = only(records, "COMMITMENT_SIGNED");
    assertThat(signed.path("object").asText()).isEqualTo("commitment:" + signatureId);
    assertThat(signed.path("actor").asText()).isEqualTo(user);
    JsonNode drawn = only(records, "VERIFICATION_DRAWN");
    assertThat(drawn.path("object").asText()).isEqualTo("verification:" + id);
    JsonNode finished = only(records, "VERIFICATION_FINISHED");
    assertThat(finished.path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(finished.path("role").asText()).isEqualTo("CLERK");
    assertThat(finished.path("reason").asText()).isEqualTo("实地核查：申报住所不存在");
    JsonNode credit = only(records, "CREDIT_RECORD_CREATED");
    assertThat(credit.path("object").asText()).startsWith("credit-record:");
    assertThat(credit.path("reason").asText()).isEqualTo("实地核查：申报住所不存在");
    assertThat(credit.path("seq").asLong()).isGreaterThan(finished.path("seq").asLong());

    // lifting the record made for the application is in the application's trail, with its reason
    String recordId = credit.path("object").asText().substring("credit-record:".length());
    Api admin = journeys.as(hall.admin());
    assertThat(admin.post("/api/admin/credit-records/" + recordId + "/lift", null).status())
        .isEqualTo(400);
    Api.Response lifted =
        admin.post("/api/admin/credit-records/" + recordId + "/lift", Map.of("reason", "复核后撤销"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    JsonNode lift = only(trailOf(id), "CREDIT_RECORD_LIFTED");
    assertThat(lift.path("actor").asText()).isEqualTo(hall.admin());
    assertThat(lift.path("role").asText()).isEqualTo("ADMIN");
    assertThat(lift.path("reason").asText()).isEqualTo("复核后撤销");
    assertTrailIntact();
  }

  @Test
  void aFailedFetchAndTheFallbackTakenAreRecorded() {
    TestEnterprise unknown = fixtures.unknownEnterprise();
    String user = unknown.username();
    String id = fixtures.draft(user, hall.committedItem());
    String licence = fixtures.material(hall.committedItem(), hall.sharedProof());
    fixtures.uploadRequired(user, id);

    JsonNode failed = fixtures.preview(user, id, licence).body();
    assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(fixtures.upload(user, id, licence).status()).isEqualTo(201);

    List<JsonNode> records = trailOf(id);
    JsonNode fetched = only(records, "EVIDENCE_FETCHED");
    assertThat(fetched.path("object").asText())
        .isEqualTo("evidence-fetch:" + failed.path("id").asLong());
    JsonNode fallback = records.get(records.size() - 1);
    assertThat(fallback.path("action").asText()).isEqualTo("MATERIAL_UPLOADED");
    assertThat(fallback.path("seq").asLong()).isGreaterThan(fetched.path("seq").asLong());
    assertTrailIntact();
  }

  @Test
  void aCreditRecordAnAdministratorAddsIsRecordedAndARefusedOneIsNot() {
    TestEnterprise listed = fixtures.unknownEnterprise();
    Api admin = journeys.as(hall.admin());
    long before = page("actor=" + hall.admin()).path("totalElements").asLong();

    Api.Response refused =
        admin.post(
            "/api/admin/credit-records",
            Map.of("creditCode", listed.creditCode(), "kind", "DISHONEST_LIST"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(page("actor=" + hall.admin()).path("totalElements").asLong()).isEqualTo(before);

    Api.Response added =
        admin.post(
            "/api/admin/credit-records",
            Map.of(
                "creditCode",
                listed.creditCode(),
                "kind",
                "DISHONEST_LIST",
                "reason",
                "法院失信被执行人名单"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    JsonNode records = page("object=credit-record:" + added.body().path("id").asLong());
    assertThat(records.path("content")).hasSize(1);
    JsonNode created = records.path("content").get(0);
    assertThat(created.path("action").asText()).isEqualTo("CREDIT_RECORD_CREATED");
    assertThat(created.path("actor").asText()).isEqualTo(hall.admin());
    assertThat(created.path("reason").asText()).isEqualTo("法院失信被执行人名单");
    assertTrailIntact();
  }
}
