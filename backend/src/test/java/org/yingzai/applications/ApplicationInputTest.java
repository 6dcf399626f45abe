package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** Bad input is refused with a clear problem, and nothing of it is saved. */
@IntegrationTest
class ApplicationInputTest {

  @Autowired TestRestTemplate http;
  Journeys journeys;
  Api enterprise;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(http);
    enterprise = journeys.as("enterprise");
  }

  private String draft() {
    Api.Response created =
        enterprise.post("/api/applications", Map.of("itemCode", "GX-PLAN-001", "form", Map.of()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.text("status")).isEqualTo("DRAFT");
    return created.text("id");
  }

  private Api.Response upload(String id, String code, String name, byte[] content) {
    return enterprise.upload("/api/applications/" + id + "/materials", code, name, content);
  }

  @Test
  void unknownItemIsRefusedAsNotFound() {
    Api.Response response = enterprise.post("/api/applications", Map.of("itemCode", "GX-NOPE-999"));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.code()).isEqualTo("ITEM_NOT_FOUND");
    assertThat(response.body().path("detail").asText()).contains("GX-NOPE-999");
  }

  @Test
  void formMustBeAnObject() {
    Api.Response response =
        enterprise.post("/api/applications", "{\"itemCode\":\"GX-PLAN-001\",\"form\":[1,2]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("FORM_NOT_OBJECT");
  }

  @Test
  void filesOfEachAllowedTypeAreStoredWithTheirHashAndDetectedType() {
    String id = draft();
    Api.Response pdf = upload(id, "M01", "申请表.pdf", Files.pdf("form"));
    assertThat(pdf.status()).isEqualTo(201);
    assertThat(pdf.text("contentType")).isEqualTo("application/pdf");
    assertThat(pdf.text("sha256")).hasSize(64);
    assertThat(pdf.body().path("size").asLong()).isEqualTo(Files.pdf("form").length);
    assertThat(upload(id, "M03", "plan.bin", Files.png()).text("contentType"))
        .isEqualTo("image/png");
    assertThat(upload(id, "M03", "photo", Files.jpeg()).text("contentType"))
        .isEqualTo("image/jpeg");
    assertThat(upload(id, "M03", "方案.ofd", Files.ofd()).text("contentType"))
        .isEqualTo("application/ofd");
  }

  @Test
  void aFileIsJudgedByItsContentNotItsName() {
    String id = draft();
    Api.Response renamed = upload(id, "M01", "申请表.pdf", Files.text());
    assertThat(renamed.status()).isEqualTo(415);
    assertThat(renamed.code()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
    Api.Response zip = upload(id, "M01", "方案.ofd", Files.zip());
    assertThat(zip.code()).isEqualTo("FILE_TYPE_NOT_ALLOWED");
    assertThat(journeys.application("enterprise", id).path("materials")).isEmpty();
  }

  @Test
  void oversizedFileIsRefused() {
    String id = draft();
    byte[] big = Arrays.copyOf(Files.pdf("big"), 20 * 1024 * 1024 + 1);
    Api.Response response = upload(id, "M01", "big.pdf", big);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.code()).isEqualTo("FILE_TOO_LARGE");
    assertThat(journeys.application("enterprise", id).path("materials")).isEmpty();
  }

  @Test
  void emptyFileIsRefused() {
    Api.Response response = upload(draft(), "M01", "empty.pdf", new byte[0]);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("FILE_EMPTY");
  }

  @Test
  void certificateFreeProofIsNeverUploadedAndUnknownMaterialsAreRefused() {
    String id = draft();
    Api.Response waived = upload(id, "M02", "营业执照.pdf", Files.pdf("licence"));
    assertThat(waived.status()).isEqualTo(400);
    assertThat(waived.code()).isEqualTo("MATERIAL_NOT_UPLOADABLE");
    Api.Response unknown = upload(id, "M99", "x.pdf", Files.pdf("x"));
    assertThat(unknown.code()).isEqualTo("MATERIAL_UNKNOWN");
    assertThat(journeys.application("enterprise", id).path("missingMaterials").toString())
        .doesNotContain("M02");
  }

  @Test
  void submittingWithoutRequiredMaterialsNamesThemAndKeepsTheDraft() {
    String id = draft();
    upload(id, "M01", "申请表.pdf", Files.pdf("form"));
    Api.Response response = enterprise.post("/api/applications/" + id + "/submit", null);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.code()).isEqualTo("MATERIALS_MISSING");
    assertThat(response.body().path("detail").asText()).contains("M03").contains("M04");
    assertThat(response.body().path("detail").asText()).doesNotContain("M05");
    var application = journeys.application("enterprise", id);
    assertThat(application.path("status").asText()).isEqualTo("DRAFT");
    assertThat(application.path("number").isMissingNode()).isTrue();
  }

  @Test
  void submittingTwiceWithoutAKeyIsAConflict() {
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    Api.Response again = enterprise.post("/api/applications/" + id + "/submit", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.code()).isEqualTo("APPLICATION_ALREADY_SUBMITTED");
    Api.Response upload = upload(id, "M05", "委托书.pdf", Files.pdf("late"));
    assertThat(upload.status()).isEqualTo(409);
    assertThat(upload.code()).isEqualTo("APPLICATION_NOT_EDITABLE");
  }

  @Test
  void createWithTheSameIdempotencyKeyAnswersTheSameDraft() {
    HttpHeaders key = new HttpHeaders();
    key.set("Idempotency-Key", "create-" + System.nanoTime());
    Map<String, Object> body = Map.of("itemCode", "GX-PLAN-001", "form", Map.of("landArea", 1));
    Api.Response first = enterprise.post("/api/applications", body, copy(key));
    Api.Response second = enterprise.post("/api/applications", body, copy(key));
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.text("id")).isEqualTo(first.text("id"));

    Api.Response different =
        enterprise.post(
            "/api/applications", Map.of("itemCode", "GX-PLAN-002", "form", Map.of()), copy(key));
    assertThat(different.status()).isEqualTo(422);
    assertThat(different.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void theSameBytesAreStoredOnce() {
    String first = draft();
    String second = draft();
    String a = upload(first, "M01", "a.pdf", Files.pdf("same")).text("sha256");
    String b = upload(second, "M01", "b.pdf", Files.pdf("same")).text("sha256");
    assertThat(a).isEqualTo(b);
  }

  private static HttpHeaders copy(HttpHeaders headers) {
    HttpHeaders copy = new HttpHeaders();
    copy.putAll(headers);
    return copy;
  }
}
