package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Application forms sent as an attacker would: too large, too many keys, unknown fields, wrong
 * types and overlong values are refused with a problem naming every bad field, and nothing of them
 * is stored.
 */
@WithHall
class FormAttackTest {

  Hall hall;
  Journeys journeys;
  @LocalServerPort int port;

  @Test
  void aFiveMegabyteFormIsRefusedAndNothingIsStored() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);
    long drafts = drafts(enterprise);
    Map<String, Object> huge = Map.of("projectName", "长".repeat(5 * 1024 * 1024 / 3));

    Api.Response created =
        enterprise.post("/api/applications", Map.of("itemCode", hall.formItem(), "form", huge));
    Api.Response replaced = enterprise.put("/api/applications/" + id + "/form", huge);

    for (Api.Response refused : List.of(created, replaced)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.code()).isEqualTo("FORM_TOO_LARGE");
    }
    assertThat(drafts(enterprise)).isEqualTo(drafts);
    assertThat(form(id)).isEqualTo(json("{\"projectName\":\"研发楼\",\"landArea\":1250}"));
  }

  @Test
  void aFormWithTwoHundredThousandKeysIsRefusedAndNothingIsStored() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);
    long drafts = drafts(enterprise);
    StringBuilder keys = new StringBuilder("{");
    for (int i = 0; i < 200_000; i++) {
      keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
    }
    String form = keys.append('}').toString();

    Api.Response created =
        enterprise.post(
            "/api/applications",
            "{\"itemCode\":\"" + hall.formItem() + "\",\"form\":" + form + "}");
    Api.Response replaced = enterprise.put("/api/applications/" + id + "/form", json(form));

    for (Api.Response refused : List.of(created, replaced)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
      assertThat(refused.code()).isEqualTo("FORM_TOO_LARGE");
    }
    assertThat(drafts(enterprise)).isEqualTo(drafts);
    assertThat(form(id).size()).isEqualTo(2);
  }

  @Test
  void aFormOfMoreThanAHundredKeysIsRefusedEvenWhenItIsSmall() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);
    Map<String, Object> form = new LinkedHashMap<>();
    for (int i = 0; i <= ApplicationForms.MAX_FIELDS; i++) {
      form.put("k" + i, 1);
    }

    Api.Response refused = enterprise.put("/api/applications/" + id + "/form", form);

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.code()).isEqualTo("FORM_TOO_LARGE");
    assertThat(refused.body().path("detail").asText()).isEqualTo("申请表过大：至多 100 项、64 KB。");
    assertThat(form(id).size()).isEqualTo(2);
  }

  @Test
  void aLargeBodySentInChunksWithoutItsLengthIsRefusedOnceItPassesTheCap() throws Exception {
    Api enterprise = journeys.as(hall.enterprise());
    long drafts = drafts(enterprise);
    byte[] body =
        ("{\"itemCode\":\"" + hall.formItem() + "\",\"form\":{\"note\":\"" + "x".repeat(1 << 20))
            .concat("\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String credentials = hall.enterprise() + ":" + Hall.PASSWORD;

    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/applications"))
                    .header(HttpHeaders.CONTENT_TYPE, "application/json")
                    .header(
                        HttpHeaders.AUTHORIZATION,
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    // a stream of unknown length is sent in chunks, without a Content-Length
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.body()).contains("\"code\":\"FORM_TOO_LARGE\"");
    assertThat(drafts(enterprise)).isEqualTo(drafts);
  }

  @Test
  void unknownFieldsAreRefusedByName() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);
    long drafts = drafts(enterprise);

    Api.Response created =
        enterprise.post(
            "/api/applications",
            Map.of("itemCode", hall.formItem(), "form", Map.of("项目名称", "测试项目")));
    Api.Response replaced =
        enterprise.put(
            "/api/applications/" + id + "/form",
            Map.of("projectName", "门店", "landArea", 10, "isAdmin", true));

    assertThat(created.status()).isEqualTo(400);
    assertThat(created.code()).isEqualTo("FORM_INVALID");
    assertThat(created.body().path("errors").get(0).path("field").asText()).isEqualTo("项目名称");
    assertThat(created.body().path("errors").get(0).path("code").asText()).isEqualTo("UNKNOWN");
    assertThat(created.body().path("detail").asText()).isEqualTo("申请表填写有误：申请表中没有“项目名称”这一项。");
    assertThat(replaced.status()).isEqualTo(400);
    assertThat(replaced.body().path("errors")).hasSize(1);
    assertThat(replaced.body().path("errors").get(0).path("field").asText()).isEqualTo("isAdmin");
    assertThat(drafts(enterprise)).isEqualTo(drafts);
    assertThat(form(id)).isEqualTo(json("{\"projectName\":\"研发楼\",\"landArea\":1250}"));
  }

  @Test
  void wrongTypesAreRefusedEveryBadFieldAtOnceInEitherLanguage() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);
    Map<String, Object> form =
        Map.of(
            "projectName", List.of("研发楼"),
            "landArea", "很大",
            "plannedStart", "2026/03/01",
            "landUse", "住宅用地",
            "contactPhone", 13800138000L);

    Api.Response refused = enterprise.put("/api/applications/" + id + "/form", form);
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    Api.Response inEnglish =
        enterprise.post(
            "/api/applications",
            Map.of("itemCode", hall.formItem(), "form", Map.of("landArea", "1e400")),
            english);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("FORM_INVALID");
    assertThat(refused.body().path("errors"))
        .extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactly(
            "projectName:NOT_TEXT",
            "landArea:NOT_NUMBER",
            "plannedStart:NOT_DATE",
            "landUse:NOT_CHOICE",
            "contactPhone:NOT_TEXT");
    assertThat(refused.body().path("detail").asText())
        .contains("用地面积（平方米）须为数字", "计划开工日期须为日期", "用地性质须为所列选项之一", "联系电话须为文字");
    assertThat(inEnglish.status()).isEqualTo(400);
    assertThat(inEnglish.body().path("errors").get(0).path("message").asText())
        .isEqualTo("The 用地面积（平方米） must be a number, e.g. 1250 or 1250.5.");
    assertThat(form(id)).isEqualTo(json("{\"projectName\":\"研发楼\",\"landArea\":1250}"));
  }

  @Test
  void overlongValuesAreRefusedWithTheirLimit() {
    Api enterprise = journeys.as(hall.enterprise());
    String id = draft(enterprise);

    Api.Response refused =
        enterprise.put(
            "/api/applications/" + id + "/form",
            Map.of(
                "projectName", "长".repeat(101),
                "landArea", "1".repeat(21),
                "contactPhone", "1".repeat(21)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errors"))
        .extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .containsExactly("projectName:TOO_LONG", "landArea:TOO_LONG", "contactPhone:TOO_LONG");
    assertThat(refused.body().path("errors").get(0).path("message").asText())
        .isEqualTo("项目名称 / 申请内容不能超过 100 个字。");
    assertThat(form(id)).isEqualTo(json("{\"projectName\":\"研发楼\",\"landArea\":1250}"));
  }

  @Test
  void aGoodFormIsKeptCleanedAndRequiredFieldsAreAskedForWhenItIsSaved() {
    Api enterprise = journeys.as(hall.enterprise());
    Api.Response started =
        enterprise.post(
            "/api/applications",
            Map.of("itemCode", hall.formItem(), "form", Map.of("projectName", "研发楼")));
    String id = started.text("id");

    Api.Response incomplete =
        enterprise.put("/api/applications/" + id + "/form", Map.of("projectName", "研发楼"));
    Api.Response saved =
        enterprise.put(
            "/api/applications/" + id + "/form",
            Map.of(
                "projectName", " 研发楼 ",
                "landArea", "1250.5",
                "plannedStart", "2026-03-01",
                "landUse", "工业用地",
                "contactPhone", ""));

    assertThat(started.status()).isEqualTo(201);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.body().path("errors").get(0).path("field").asText())
        .isEqualTo("landArea");
    assertThat(incomplete.body().path("errors").get(0).path("code").asText()).isEqualTo("REQUIRED");
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(form(id))
        .isEqualTo(
            json(
                "{\"projectName\":\"研发楼\",\"landArea\":1250.5,\"plannedStart\":\"2026-03-01\","
                    + "\"landUse\":\"工业用地\"}"));
  }

  /** A draft of the form item holding a good form. */
  private String draft(Api enterprise) {
    Api.Response created =
        enterprise.post(
            "/api/applications",
            Map.of(
                "itemCode",
                hall.formItem(),
                "form",
                Map.of("projectName", "研发楼", "landArea", 1250)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.text("id");
  }

  private long drafts(Api enterprise) {
    return enterprise
        .get("/api/applications?status=DRAFT&size=1")
        .body()
        .path("totalElements")
        .asLong();
  }

  private JsonNode form(String id) {
    return journeys.application(hall.enterprise(), id).path("form");
  }

  private static JsonNode json(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
