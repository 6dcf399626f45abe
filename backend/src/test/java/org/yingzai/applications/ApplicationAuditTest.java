package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * What the audit trail records of an application's own writes, over the API and the pages: drafts,
 * forms, uploads, downloads, the submission and a supplement's answer; a refused write records
 * nothing.
 */
@WithHall
class ApplicationAuditTest {

  Hall hall;
  Journeys journeys;

  /** The application's records, oldest first. */
  private List<JsonNode> trailOf(String applicationId) {
    return new AuditTrails(journeys.as(hall.supervisor())).find("applicationId=" + applicationId);
  }

  private static List<String> actions(List<JsonNode> records) {
    return AuditTrails.actions(records);
  }

  private static JsonNode last(List<JsonNode> records, String action) {
    return records.stream()
        .filter(r -> r.path("action").asText().equals(action))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No " + action + " in " + records));
  }

  private void assertTrailIntact() {
    new AuditTrails(journeys.as(hall.supervisor())).assertIntact();
  }

  @Test
  void everyWriteOfTheApiAndEveryDownloadIsRecordedWithWhoAndWhy() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    Api enterprise = journeys.as(hall.enterprise());
    JsonNode draft = journeys.application(hall.enterprise(), id);

    List<JsonNode> created = trailOf(id);
    JsonNode first = created.get(0);
    assertThat(first.path("action").asText()).isEqualTo("DRAFT_CREATED");
    assertThat(first.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(first.path("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(first.path("object").asText()).isEqualTo("application:" + id);
    assertThat(first.hasNonNull("reason")).isFalse();
    assertThat(first.path("hash").asText()).hasSize(64);
    assertThat(actions(created).stream().filter("MATERIAL_UPLOADED"::equals).count())
        .isEqualTo(draft.path("materials").size());
    long materialId = draft.path("materials").get(0).path("id").asLong();
    assertThat(created)
        .extracting(r -> r.path("object").asText())
        .contains("material:" + materialId);

    Api.Response form =
        enterprise.put("/api/applications/" + id + "/form", Map.of("projectName", "新项目"));
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    Api.Response download = enterprise.get("/api/applications/" + id + "/materials/" + materialId);
    assertThat(download.status()).isEqualTo(200);
    Api.Response submitted = enterprise.post("/api/applications/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

    List<JsonNode> records = trailOf(id);
    assertThat(actions(records).subList(created.size(), records.size()))
        .containsExactly("FORM_CHANGED", "MATERIAL_DOWNLOADED", "SUBMITTED");
    JsonNode downloaded = last(records, "MATERIAL_DOWNLOADED");
    assertThat(downloaded.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(downloaded.path("object").asText()).isEqualTo("material:" + materialId);

    // the clerk's download from the page, and a supplement answered with the applicant's comment
    WebSession clerk = journeys.web(hall.clerk());
    WebSession.Page shown =
        clerk.get("/applications/" + id + "/materials/" + materialId + "?download=true");
    assertThat(shown.status()).isEqualTo(200);
    Api.Response asked = journeys.requestSupplement(hall.clerk(), id, "平面图不清晰", "M03");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    enterprise.upload("/api/applications/" + id + "/materials", "M03", "平面图.pdf", Files.pdf("新"));
    Api.Response answered =
        enterprise.post("/api/applications/" + id + "/supplement", Map.of("comment", "已补充平面图"));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

    records = trailOf(id);
    JsonNode byClerk = last(records, "MATERIAL_DOWNLOADED");
    assertThat(byClerk.path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(byClerk.path("role").asText()).isEqualTo("CLERK");
    JsonNode supplemented = last(records, "SUPPLEMENT_ANSWERED");
    assertThat(supplemented.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(supplemented.path("object").asText()).isEqualTo("application:" + id);
    assertThat(supplemented.path("reason").asText()).isEqualTo("已补充平面图");
    assertThat(last(records, "MATERIAL_UPLOADED").path("seq").asLong())
        .isLessThan(supplemented.path("seq").asLong());
    assertTrailIntact();
  }

  @Test
  void thePagesRecordTheSameAndARefusedWriteRecordsNothing() {
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/new?item=" + hall.permitItem());
    WebSession.Page created =
        enterprise.post(
            "/my/applications",
            Map.of("itemCode", hall.permitItem(), "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(created.status()).isEqualTo(302);
    String id = created.location().replaceFirst(".*/my/applications/", "");
    enterprise.get("/my/applications/" + id);

    WebSession.Page refusedForm =
        enterprise.post("/my/applications/" + id + "/form", Map.of("projectName", " "));
    assertThat(refusedForm.status()).isEqualTo(422);
    WebSession.Page refusedFile =
        enterprise.htmxUpload(
            "/my/applications/" + id + "/materials",
            Map.of("materialCode", "M03"),
            "清单.txt",
            Files.text());
    assertThat(refusedFile.status()).isEqualTo(422);
    Api.Response unknownMaterial =
        journeys
            .as(hall.enterprise())
            .upload("/api/applications/" + id + "/materials", "M99", "a.pdf", Files.pdf("x"));
    assertThat(unknownMaterial.status()).isEqualTo(400);
    assertThat(actions(trailOf(id))).containsExactly("DRAFT_CREATED");

    WebSession.Page saved =
        enterprise.post(
            "/my/applications/" + id + "/form",
            Map.of("projectName", "城南门店", "contactName", "王五", "contactPhone", "13800138000"));
    assertThat(saved.status()).isEqualTo(302);
    WebSession.Page stored =
        enterprise.htmxUpload(
            "/my/applications/" + id + "/materials",
            Map.of("materialCode", "M03"),
            "清单.pdf",
            Files.pdf("M03"));
    assertThat(stored.status()).isEqualTo(200);

    List<JsonNode> records = trailOf(id);
    assertThat(actions(records))
        .containsExactly("DRAFT_CREATED", "FORM_CHANGED", "MATERIAL_UPLOADED");
    assertThat(records).extracting(r -> r.path("actor").asText()).containsOnly(hall.enterprise());
    assertTrailIntact();
  }
}
