package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.RawHttp;
import org.yingzai.support.RawHttp.Answer;
import org.yingzai.support.WithHall;

/**
 * Uploads as an attacker sends them, byte for byte: cut-off and boundary-less multipart bodies,
 * file names with NUL, CR/LF, right-to-left overrides, a misleading extension or hundreds of bytes.
 * Each is a 4xx problem or a safely named file, never a 500.
 */
@WithHall
class UploadHardeningTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "XyZzy";

  Hall hall;
  Journeys journeys;
  @LocalServerPort int port;

  private RawHttp raw;
  private String draft;

  @BeforeEach
  void draft() {
    raw = new RawHttp(port);
    Api.Response created =
        journeys
            .as(hall.enterprise())
            .post(
                "/api/applications",
                Map.of("itemCode", hall.committedItem(), "form", Map.of("projectName", "研发楼")));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    draft = created.text("id");
  }

  @Test
  void aMultipartBodyCutShortIsABadRequest() {
    byte[] body = multipart("a.pdf".getBytes(StandardCharsets.UTF_8), Files.pdf("x"), false);

    Answer answer = upload(draft, "multipart/form-data; boundary=" + BOUNDARY, body);

    assertProblem(answer, 400, "MULTIPART_INVALID");
  }

  @Test
  void aMultipartRequestWithoutABoundaryIsABadRequestAlsoForAnUnknownApplication() {
    byte[] body = multipart("a.pdf".getBytes(StandardCharsets.UTF_8), Files.pdf("x"), true);

    assertProblem(upload(draft, "multipart/form-data", body), 400, "MULTIPART_INVALID");
    assertProblem(upload("no-such-id", "multipart/form-data", body), 400, "MULTIPART_INVALID");
    assertProblem(
        upload("no-such-id", "multipart/form-data; boundary=" + BOUNDARY, cut(body)),
        400,
        "MULTIPART_INVALID");
  }

  @Test
  void aFileNameWithANulCharacterIsABadName() {
    byte[] body = multipart("a\0b.pdf".getBytes(StandardCharsets.UTF_8), Files.pdf("x"), true);

    Answer answer = upload(draft, "multipart/form-data; boundary=" + BOUNDARY, body);

    assertProblem(answer, 400, "FILE_NAME_INVALID");
  }

  @Test
  void aFileNameBrokenByCarriageReturnAndLineFeedIsNeverAServerError() {
    byte[] body = multipart("a\r\nb.pdf".getBytes(StandardCharsets.UTF_8), Files.pdf("x"), true);

    Answer answer = upload(draft, "multipart/form-data; boundary=" + BOUNDARY, body);

    assertThat(answer.status()).as(answer.body()).isLessThan(500);
    if (answer.status() == 201) {
      assertThat(json(answer).path("name").asText()).doesNotContain("\r", "\n").endsWith(".pdf");
    } else {
      assertThat(answer.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void aFileNameOverFiveHundredBytesIsRefusedAsTooLongNotAsALargeFile() {
    String ascii = "a".repeat(600) + ".pdf";
    String chinese = "申".repeat(200) + ".pdf";
    String justOver = "b".repeat(300) + ".pdf";

    for (String name : new String[] {ascii, chinese, justOver}) {
      byte[] body = multipart(name.getBytes(StandardCharsets.UTF_8), Files.pdf("x"), true);
      Answer answer = upload(draft, "multipart/form-data; boundary=" + BOUNDARY, body);
      assertProblem(answer, 400, "FILE_NAME_TOO_LONG");
    }
  }

  @Test
  void theExtensionFollowsTheContentAndBidiOverridesAreRemoved() {
    Api applicant = journeys.as(hall.enterprise());
    String path = "/api/applications/" + draft + "/materials";

    Api.Response html = applicant.upload(path, "M01", "evil.html", Files.pdf("x"));
    Api.Response reversed = applicant.upload(path, "M03", "invoice\u202Efdp.exe", Files.pdf("y"));
    Api.Response jpeg = applicant.upload(path, "M03", "photo.JPEG", Files.jpeg());

    assertThat(html.status()).as(html.toString()).isEqualTo(201);
    assertThat(html.text("name")).isEqualTo("evil.pdf");
    assertThat(reversed.text("name")).isEqualTo("invoicefdp.pdf");
    assertThat(jpeg.text("name")).isEqualTo("photo.JPEG");
    Answer download =
        raw.get(
            path + "/" + html.text("id"),
            Map.of("Authorization", RawHttp.basic(hall.enterprise())));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Disposition")).contains("evil.pdf").doesNotContain(".html");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aPageUploadCutShortIsABadRequestShownAsAMessage() {
    Map<String, String> session = login(hall.enterprise());
    Map<String, String> headers = new LinkedHashMap<>(session);
    headers.put("HX-Request", "true");
    headers.put("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    byte[] body = multipart("a.pdf".getBytes(StandardCharsets.UTF_8), Files.pdf("x"), false);

    Answer answer =
        raw.send("POST /my/applications/" + draft + "/materials HTTP/1.1", headers, body);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("multipart/form-data");
  }

  private Answer upload(String id, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", RawHttp.basic(hall.enterprise()));
    headers.put("Content-Type", contentType);
    return raw.send("POST /api/applications/" + id + "/materials HTTP/1.1", headers, body);
  }

  // the page session of a user: its cookie and the CSRF token its pages carry
  private Map<String, String> login(String username) {
    Answer form = raw.get("/login", Map.of());
    String cookie = cookie(form);
    String token = csrf(form.body());
    byte[] fields =
        ("username="
                + username
                + "&password="
                + Hall.PASSWORD.replace("#", "%23")
                + "&_csrf="
                + token)
            .getBytes(StandardCharsets.UTF_8);
    Answer loggedIn =
        raw.send(
            "POST /login HTTP/1.1",
            Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
            fields);
    assertThat(loggedIn.status()).isEqualTo(302);
    cookie = cookie(loggedIn);
    Answer page = raw.get("/my/applications/" + draft, Map.of("Cookie", cookie));
    assertThat(page.status()).isEqualTo(200);
    return Map.of("Cookie", cookie, "X-CSRF-TOKEN", csrf(page.body()));
  }

  private static String cookie(Answer answer) {
    Matcher session = Pattern.compile("(SESSION=[^;]+)").matcher(answer.header("Set-Cookie"));
    assertThat(session.find()).isTrue();
    return session.group(1);
  }

  private static String csrf(String html) {
    Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private static byte[] multipart(byte[] fileName, byte[] content, boolean complete) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ascii(body, "--" + BOUNDARY + "\r\n");
    ascii(body, "Content-Disposition: form-data; name=\"materialCode\"\r\n\r\nM01\r\n");
    ascii(body, "--" + BOUNDARY + "\r\n");
    ascii(body, "Content-Disposition: form-data; name=\"file\"; filename=\"");
    body.writeBytes(fileName);
    ascii(body, "\"\r\nContent-Type: application/pdf\r\n\r\n");
    body.writeBytes(content);
    if (complete) {
      ascii(body, "\r\n--" + BOUNDARY + "--\r\n");
    }
    return body.toByteArray();
  }

  private static byte[] cut(byte[] body) {
    return java.util.Arrays.copyOf(body, body.length - 12);
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode json(Answer answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(answer.body(), e);
    }
  }

  private static void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(json(answer).path("code").asText()).isEqualTo(code);
  }
}
