package org.yingzai.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Sha256;
import org.yingzai.shared.Times;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Every decision issues its document: an approval its licence with the item's fields and validity,
 * a denial and a non-acceptance their notices with the reasons and the remedies. The PDFs read back
 * in Chinese, their QR codes lead to the public verification, which tells genuine documents from
 * unknown codes and throttles guessing.
 */
@WithHall
class ResultDocumentsTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired ResultVerification verification;

  @Value("${yingzai.public-url}")
  String publicUrl;

  @LocalServerPort int port;

  Hall hall;
  Journeys journeys;

  @BeforeEach
  void licenceForTheFormItem() {
    jdbc.update(
        "INSERT INTO item_result (item_code, document_kind, title, validity_months, fields)"
            + " VALUES (?, 'LICENCE', '建设工程规划许可证', 24, 'projectName|landArea')"
            + " ON DUPLICATE KEY UPDATE title = '建设工程规划许可证'",
        hall.formItem());
  }

  @AfterEach
  void forgetMisses() {
    verification.clear();
  }

  private String submittedWithForm() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.formItem());
    Api.Response form =
        journeys
            .as(hall.enterprise())
            .put(
                "/api/applications/" + id + "/form",
                Map.of("projectName", "滨江科创园一期", "landArea", 12000));
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    Api.Response submitted =
        journeys.as(hall.enterprise()).post("/api/applications/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    return id;
  }

  private void complete(String officer, String id, String outcome, String comment) {
    Api.Response done = journeys.complete(officer, id, outcome, comment);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
  }

  private JsonNode onlyResult(String id) {
    JsonNode results = journeys.application(hall.enterprise(), id).path("results");
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private byte[] download(String username, String id, String code) {
    ResponseEntity<byte[]> pdf =
        journeys
            .http(username)
            .getForEntity("/api/applications/" + id + "/results/" + code, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    return pdf.getBody();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s", "");
    }
  }

  private static String qrCode(byte[] pdf) throws IOException, NotFoundException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      return new MultiFormatReader()
          .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
          .getText();
    }
  }

  @Test
  void anApprovalIssuesTheItemsLicenceWithItsFieldsValidityAndAQrCodeToItsVerification()
      throws Exception {
    String id = submittedWithForm();
    complete(hall.clerk(), id, "ACCEPT", null);
    complete(hall.reviewer(), id, "PASS", null);
    complete(hall.approver(), id, "APPROVE", null);

    JsonNode result = onlyResult(id);
    String code = result.path("code").asText();
    assertThat(code).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]+");
    assertThat(result.path("kind").asText()).isEqualTo("APPROVAL");
    assertThat(result.path("status").asText()).isEqualTo("VALID");
    assertThat(result.path("title").asText()).isEqualTo("建设工程规划许可证");
    LocalDate issuedOn = Times.local(java.time.Instant.now()).toLocalDate();
    assertThat(result.path("validUntil").asText())
        .isEqualTo(issuedOn.plusMonths(24).minusDays(1).toString());
    String number = result.path("documentNumber").asText();
    assertThat(number).matches("高新审批准字〔\\d{4}〕\\d{6}号");

    byte[] pdf = download(hall.enterprise(), id, code);
    assertThat(Sha256.of(pdf)).isEqualTo(result.path("sha256").asText());
    assertThat(text(pdf))
        .contains("建设工程规划许可证")
        .contains(number)
        .contains(hall.applicant().name())
        .contains("统一社会信用代码：" + hall.applicant().creditCode())
        .contains(hall.departmentName())
        .contains("准予行政许可")
        .contains("滨江科创园一期")
        .contains("用地面积（平方米）12000")
        .contains("有效期至")
        .contains(code);
    assertThat(qrCode(pdf)).isEqualTo(publicUrl + "/verify/" + code);
    // the staff's page names the item's own fields by their labels, as the applicant's does
    assertThat(journeys.web(hall.clerk()).get("/workbench/applications/" + id).html())
        .contains("用地面积（平方米）")
        .doesNotContain(">landArea<");

    JsonNode verified =
        Api.anonymous(http).get("/api/results/" + code.toLowerCase().replace('0', 'o')).body();
    assertThat(verified.path("genuine").asBoolean()).isTrue();
    assertThat(verified.path("status").asText()).isEqualTo("VALID");
    assertThat(verified.path("kind").asText()).isEqualTo("APPROVAL");
    assertThat(verified.path("documentNumber").asText()).isEqualTo(number);
    assertThat(verified.path("holder").path("name").asText()).isEqualTo(hall.applicant().name());
    assertThat(verified.path("holder").path("creditCode").asText())
        .isEqualTo(hall.applicant().creditCode());
    assertThat(verified.path("itemName").asText()).isNotBlank();
    assertThat(verified.path("revokedAt").isNull()).isTrue();
    // nothing else of the holder: no application, no form, no person
    assertThat(verified.toString()).doesNotContain(id).doesNotContain("滨江科创园一期");

    // a licence past its last day verifies as expired
    jdbc.update(
        "UPDATE result_document SET valid_until = ? WHERE code = ?", issuedOn.minusDays(1), code);
    assertThat(Api.anonymous(http).get("/api/results/" + code).text("status")).isEqualTo("EXPIRED");
  }

  @Test
  void decisionsMadeAtOnceGetDocumentsOfDistinctNumbers() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String id = journeys.accepted(hall.enterprise(), hall.committedItem());
      complete(hall.reviewer(), id, "PASS", null);
      ids.add(id);
    }
    ExecutorService pool = Executors.newFixedThreadPool(ids.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> decided = new ArrayList<>();
      for (String id : ids) {
        decided.add(
            pool.submit(
                () -> {
                  start.await();
                  return journeys.complete(hall.approver(), id, "APPROVE", null).status();
                }));
      }
      start.countDown();
      for (Future<Integer> status : decided) {
        assertThat(status.get(2, TimeUnit.MINUTES)).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids.stream().map(id -> onlyResult(id).path("documentNumber").asText()))
        .doesNotHaveDuplicates()
        .hasSize(4);
  }

  @Test
  void aDenialStatesTheReasonsAndTheRemedies() throws Exception {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    complete(hall.reviewer(), id, "PASS", null);
    complete(hall.approver(), id, "DENY", "拟建项目不符合控制性详细规划确定的用地性质。");

    JsonNode result = onlyResult(id);
    assertThat(result.path("kind").asText()).isEqualTo("DENIAL");
    assertThat(result.path("title").asText()).isEqualTo("不予行政许可决定书");
    assertThat(result.path("validUntil").isNull()).isTrue();
    String text = text(download(hall.enterprise(), id, result.path("code").asText()));
    assertThat(text)
        .contains("不予行政许可决定书")
        .contains("理由如下：拟建项目不符合控制性详细规划确定的用地性质。根据")
        .contains("第三十八条第二款")
        .contains("六十日内依法申请行政复议")
        .contains("六个月内依法向人民法院提起行政诉讼");
  }

  @Test
  void aNonAcceptanceStatesTheReasonsAndTheRemedies() throws Exception {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    complete(hall.clerk(), id, "NOT_ACCEPT", "申请事项不属于本机关职权范围");

    JsonNode result = onlyResult(id);
    assertThat(result.path("kind").asText()).isEqualTo("NON_ACCEPTANCE");
    String code = result.path("code").asText();
    String text = text(download(hall.clerk(), id, code));
    assertThat(text)
        .contains("不予受理通知书")
        .contains("经审查，申请事项不属于本机关职权范围。")
        .contains("第三十二条第一款")
        .contains("决定不予受理")
        .contains("自收到本通知书之日起六十日内");
    assertThat(Api.anonymous(http).get("/api/results/" + code).text("kind"))
        .isEqualTo("NON_ACCEPTANCE");
    // the enterprise is told, and pointed to the notice
    boolean told = false;
    for (JsonNode notice :
        journeys.as(hall.enterprise()).get("/api/notifications?size=100").body().path("content")) {
      if (id.equals(notice.path("applicationId").asText())
          && "APPLICATION_NOT_ACCEPTED".equals(notice.path("kind").asText())) {
        assertThat(notice.path("body").asText()).contains("不予受理通知书");
        told = true;
      }
    }
    assertThat(told).isTrue();
  }

  @Test
  void onlyWhoeverMaySeeTheApplicationDownloadsAndEachDownloadIsRecorded() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    complete(hall.clerk(), id, "NOT_ACCEPT", "材料不属实");
    String code = onlyResult(id).path("code").asText();
    String path = "/api/applications/" + id + "/results/" + code;

    assertThat(journeys.as(hall.otherEnterprise()).get(path).status()).isEqualTo(404);
    assertThat(journeys.as(hall.outsider()).get(path).status()).isEqualTo(404);
    assertThat(journeys.as(hall.enterprise()).get(path).status()).isEqualTo(200);
    assertThat(
            journeys
                .as(hall.enterprise())
                .get("/api/applications/" + id + "/results/0000000000000000000000000Z")
                .code())
        .isEqualTo("RESULT_NOT_FOUND");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_record WHERE action = 'RESULT_DOWNLOADED'"
                    + " AND object_id = ? AND actor = ?",
                Long.class,
                code,
                hall.enterprise()))
        .isEqualTo(1L);
  }

  @Test
  void theEnterpriseListsItsOwnDocumentsNewestFirst() {
    String denied = journeys.submitted(hall.otherEnterprise(), hall.committedItem());
    complete(hall.clerk(), denied, "NOT_ACCEPT", "不属于本机关职权范围");

    JsonNode mine = journeys.as(hall.otherEnterprise()).get("/api/my/results?size=100").body();
    assertThat(mine.path("content").findValuesAsText("applicationId")).contains(denied);
    assertThat(
            journeys
                .as(hall.otherEnterprise())
                .get("/api/my/results?kind=APPROVAL&size=100")
                .body()
                .path("content")
                .findValuesAsText("applicationId"))
        .doesNotContain(denied);
    assertThat(journeys.as(hall.enterprise()).get("/api/my/results?size=100").body().toString())
        .doesNotContain(denied);
    assertThat(journeys.as(hall.clerk()).get("/api/my/results").status()).isEqualTo(403);
    assertThat(journeys.as(hall.enterprise()).get("/api/my/results?kind=LICENCE").code())
        .isEqualTo("PARAMETER_INVALID");
  }

  @Test
  void anUnknownCodeIsNotGenuineAndGuessingIsThrottled() throws Exception {
    Api anyone = Api.anonymous(http);
    Api.Response unknown = anyone.get("/api/results/0000000000000000000000000Z");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("RESULT_NOT_FOUND");
    assertThat(unknown.body().path("genuine").asBoolean(true)).isFalse();
    assertThat(anyone.get("/api/results/not-a-code").code()).isEqualTo("RESULT_NOT_FOUND");

    for (int i = 2; i < ResultVerification.MAX_MISSES; i++) {
      assertThat(anyone.get("/api/results/ABCDEFGHJKMNPQRSTVWXYZ" + (1000 + i)).status())
          .isEqualTo(404);
    }
    // a plain client: Apache's, under TestRestTemplate, would wait out Retry-After and ask again
    HttpResponse<String> throttled =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + port + "/api/results/0000000000000000000000000Z"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
    assertThat(throttled.body()).contains("\"code\":\"RESULT_VERIFY_THROTTLED\"");
    assertThat(throttled.headers().firstValueAsLong(HttpHeaders.RETRY_AFTER).orElseThrow())
        .isBetween(1L, 60L);
  }

  @Test
  void thePagesShowTheDocumentsAndTheirPublicVerification() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    complete(hall.clerk(), id, "NOT_ACCEPT", "申请事项依法不需要取得行政许可");
    JsonNode result = onlyResult(id);
    String code = result.path("code").asText();
    String number = result.path("documentNumber").asText();

    WebSession.Page verified = WebSession.anonymous(http).get("/verify/" + code);
    assertThat(verified.status()).isEqualTo(200);
    // a refusal is a genuine document, not a valid permission
    assertThat(verified.html())
        .contains("文书真实")
        .doesNotContain("文书真实有效")
        .contains("当事人")
        .contains(number)
        .contains(hall.applicant().name())
        .contains("不予受理");
    WebSession.Page unknown = WebSession.anonymous(http).get("/verify/0000000000000000000000000Z");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.html()).contains("未找到该文书");
    // typed in lower case, in groups, with O for 0: the same code
    String typed = code.toLowerCase().substring(0, 13) + " - " + code.toLowerCase().substring(13);
    assertThat(WebSession.anonymous(http).get("/verify?code=" + typed).location())
        .endsWith("/verify/" + code);
    WebSession.Page mistyped = WebSession.anonymous(http).get("/verify?code=ABC123");
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.html()).contains("26 位字母和数字").contains("value=\"ABC123\"");

    WebSession applicant = journeys.web(hall.enterprise());
    assertThat(applicant.get("/my/applications/" + id).html())
        .contains("办理结果")
        .contains(number)
        .contains(result.path("sha256").asText())
        .contains("/applications/" + id + "/results/" + code + "?download=true");
    assertThat(applicant.get("/my/licences").html()).contains(number).contains("我的证照");
    WebSession.Page file = applicant.get("/applications/" + id + "/results/" + code);
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(
            journeys
                .web(hall.otherEnterprise())
                .get("/applications/" + id + "/results/" + code)
                .status())
        .isEqualTo(404);
    assertThat(journeys.web(hall.clerk()).get("/workbench/applications/" + id).html())
        .contains(number);
  }
}
