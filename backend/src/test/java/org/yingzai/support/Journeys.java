package org.yingzai.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Steps of the approval path that many tests take, over HTTP as the users of a {@link Hall} (or,
 * for the tests of the demo data, as the demo accounts).
 */
public final class Journeys {

  private final TestRestTemplate http;
  private final String password;
  private final String acceptingClerk;

  /** Journeys of the demo accounts. */
  public Journeys(TestRestTemplate http) {
    this(http, Api.DEMO_PASSWORD, "clerk");
  }

  /** Journeys of the hall's users. */
  public Journeys(TestRestTemplate http, Hall hall) {
    this(http, Hall.PASSWORD, hall.clerk());
  }

  private Journeys(TestRestTemplate http, String password, String acceptingClerk) {
    this.http = http;
    this.password = password;
    this.acceptingClerk = acceptingClerk;
  }

  public Api as(String username) {
    return Api.as(http, username, password);
  }

  /** The web pages as the user, logged in through the form. */
  public WebSession web(String username) {
    return WebSession.as(http, username, password);
  }

  /** Plain HTTP with the user's credentials. */
  public TestRestTemplate http(String username) {
    return http.withBasicAuth(username, password);
  }

  /**
   * A draft of the enterprise for the item, with every material the item requires uploaded, its
   * shared evidence consented to and its commitments signed (or the fallback taken where a provider
   * fails).
   */
  public String draftWithMaterials(String enterprise, String itemCode) {
    Api applicant = as(enterprise);
    Api.Response created =
        applicant.post(
            "/api/applications",
            Map.of("itemCode", itemCode, "form", Map.of("projectName", "测试项目")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.text("id");
    for (JsonNode missing : created.body().path("missingMaterials")) {
      upload(applicant, id, missing.path("code").asText());
    }
    for (JsonNode pending : created.body().path("pendingProofs")) {
      String code = pending.path("code").asText();
      switch (pending.path("action").asText()) {
        case "CONSENT" -> consentOrFallBack(applicant, id, code);
        case "SIGN" -> sign(applicant, id, code, commitmentText(applicant, id, code));
        default -> throw new AssertionError("Unexpected pending proof " + pending);
      }
    }
    JsonNode ready = application(enterprise, id);
    assertThat(ready.path("missingMaterials")).as(ready.toString()).isEmpty();
    assertThat(ready.path("pendingProofs")).as(ready.toString()).isEmpty();
    return id;
  }

  /** Previews the shared evidence and consents to it; takes the fallback if the provider fails. */
  public void consentOrFallBack(Api applicant, String id, String materialCode) {
    Api.Response preview =
        applicant.post("/api/applications/" + id + "/evidence/" + materialCode + "/preview", null);
    assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
    JsonNode body = preview.body();
    if ("FOUND".equals(body.path("outcome").asText())) {
      Api.Response consent =
          applicant.post(
              "/api/applications/" + id + "/evidence/" + materialCode + "/consent",
              Map.of("previewId", body.path("id").asLong()));
      assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
    } else if ("SIGN".equals(body.path("fallback").path("action").asText())) {
      sign(applicant, id, materialCode, body.path("fallback").path("commitment"));
    } else {
      upload(applicant, id, materialCode);
    }
  }

  /** Signs the commitment text as shown. */
  public Api.Response sign(Api applicant, String id, String materialCode, JsonNode text) {
    Api.Response signed =
        applicant.post(
            "/api/applications/" + id + "/commitments",
            Map.of(
                "materialCode",
                materialCode,
                "textVersion",
                text.path("version").asInt(),
                "textSha256",
                text.path("sha256").asText()));
    assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
    return signed;
  }

  /** The commitment text the applicant is offered for a proof material of the draft. */
  public JsonNode commitmentText(Api applicant, String id, String materialCode) {
    Api.Response proofs = applicant.get("/api/applications/" + id + "/proofs");
    assertThat(proofs.status()).as(proofs.toString()).isEqualTo(200);
    for (JsonNode proof : proofs.body().path("proofs")) {
      if (materialCode.equals(proof.path("materialCode").asText())) {
        assertThat(proof.path("commitment").isObject()).as(proof.toString()).isTrue();
        return proof.path("commitment");
      }
    }
    throw new AssertionError("No proof material " + materialCode + " in " + proofs);
  }

  private static void upload(Api applicant, String id, String code) {
    Api.Response upload =
        applicant.upload(
            "/api/applications/" + id + "/materials", code, code + ".pdf", Files.pdf(code));
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
  }

  /** A submitted application of the enterprise, waiting at ACCEPT. */
  public String submitted(String enterprise, String itemCode) {
    String id = draftWithMaterials(enterprise, itemCode);
    Api.Response submitted = as(enterprise).post("/api/applications/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return id;
  }

  /**
   * A submitted application of the enterprise that the counter clerk accepted, waiting at REVIEW.
   */
  public String accepted(String enterprise, String itemCode) {
    String id = submitted(enterprise, itemCode);
    assertThat(complete(acceptingClerk, id, "ACCEPT", null).status()).isEqualTo(200);
    return id;
  }

  /** The user's open task of the application starts a special procedure (§45); null is left out. */
  public Api.Response startSpecialProcedure(
      String username, String applicationId, String procedure, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("outcome", "SPECIAL_PROCEDURE");
    if (procedure != null) {
      body.put("procedure", procedure);
    }
    if (comment != null) {
      body.put("comment", comment);
    }
    return as(username).post("/api/tasks/" + taskId(username, applicationId) + "/complete", body);
  }

  /** The open task of the application in the user's queue, paging through the whole queue. */
  public Optional<JsonNode> findTask(String username, String applicationId) {
    Api clerk = as(username);
    for (int page = 0; ; page++) {
      Api.Response tasks = clerk.get("/api/tasks?size=100&page=" + page);
      assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
      for (JsonNode task : tasks.body().path("content")) {
        if (applicationId.equals(task.path("applicationId").asText())) {
          return Optional.of(task);
        }
      }
      if (tasks.body().path("content").size() < 100) {
        return Optional.empty();
      }
    }
  }

  public String taskId(String username, String applicationId) {
    return findTask(username, applicationId)
        .orElseThrow(() -> new AssertionError(username + " has no task for " + applicationId))
        .path("id")
        .asText();
  }

  /** Completes the application's open task in the user's queue with the outcome. */
  public Api.Response complete(
      String username, String applicationId, String outcome, String comment) {
    return as(username)
        .post(
            "/api/tasks/" + taskId(username, applicationId) + "/complete",
            Api.complete(outcome, comment));
  }

  /** The application as the user's list shows it, paging through the whole list. */
  public Optional<JsonNode> listed(String username, String applicationId) {
    Api user = as(username);
    for (int page = 0; ; page++) {
      Api.Response list = user.get("/api/applications?size=100&page=" + page);
      assertThat(list.status()).as(list.toString()).isEqualTo(200);
      for (JsonNode item : list.body().path("content")) {
        if (applicationId.equals(item.path("id").asText())) {
          return Optional.of(item);
        }
      }
      if (list.body().path("content").size() < 100) {
        return Optional.empty();
      }
    }
  }

  /** The user's open task of the application asks for a supplement of the materials, at once. */
  public Api.Response requestSupplement(
      String username, String applicationId, String comment, String... materialCodes) {
    return as(username)
        .post(
            "/api/tasks/" + taskId(username, applicationId) + "/complete",
            Map.of(
                "outcome",
                "REQUEST_SUPPLEMENT",
                "comment",
                comment,
                "missingMaterials",
                List.of(materialCodes)));
  }

  public JsonNode application(String username, String applicationId) {
    Api.Response response = as(username).get("/api/applications/" + applicationId);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }
}
