package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yingzai.support.Hall;
import org.yingzai.support.RawHttp;
import org.yingzai.support.RawHttp.Answer;
import org.yingzai.support.WithHall;

/**
 * Requests refused before any controller sees them, sent as raw bytes: by Tomcat (an encoded slash
 * or NUL in a path segment, an over-long address or header), by the request firewall, or {@code
 * /error} opened directly. Under {@code /api} each is problem+json with a stable code, elsewhere a
 * page; every answer, pages, files and errors alike, carries the security headers.
 */
@WithHall
class HttpHardeningTest {

  Hall hall;
  @LocalServerPort int port;

  private RawHttp raw;

  @BeforeEach
  void client() {
    raw = new RawHttp(port);
  }

  @Test
  void whatTomcatRefusesUnderTheApiIsAProblem() {
    String longKey = "k".repeat(10_000);
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("encoded slash", raw.get("/api/applications/a%2Fb", Map.of()));
    answers.put("encoded NUL", raw.get("/api/applications/a%00b", Map.of()));
    answers.put("long address", raw.get("/api/items?q=" + "q".repeat(20_000), Map.of()));
    answers.put("long header", raw.get("/api/items", Map.of("X-Padding", "p".repeat(20_000))));
    answers.put(
        "long idempotency key",
        raw.send(
            "POST /api/applications/x/submit HTTP/1.1",
            Map.of("Authorization", RawHttp.basic(hall.enterprise()), "Idempotency-Key", longKey),
            new byte[0]));

    answers.forEach(
        (attack, answer) -> {
          assertThat(answer.status()).as(attack).isEqualTo(400);
          assertThat(answer.contentType()).as(attack).startsWith("application/problem+json");
          assertThat(answer.body())
              .as(attack)
              .contains("\"code\":\"REQUEST_INVALID\"")
              .doesNotContain("Tomcat", "<html");
          assertSecurityHeaders(attack, answer);
        });
  }

  @Test
  void anIdempotencyKeyOverTheCapIsRefusedBeforeTheApplicationIsLookedUp() {
    Answer answer =
        raw.send(
            "POST /api/applications/no-such-id/submit HTTP/1.1",
            Map.of(
                "Authorization",
                RawHttp.basic(hall.enterprise()),
                "Idempotency-Key",
                "k".repeat(129)),
            new byte[0]);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("\"code\":\"IDEMPOTENCY_KEY_INVALID\"");
  }

  @Test
  void whatTheFirewallRefusesUnderTheApiIsAProblem() {
    Answer semicolon = raw.get("/api/items;jsessionid=x", Map.of());
    Answer doubleSlash = raw.get("/api//items", Map.of());

    for (Answer answer : List.of(semicolon, doubleSlash)) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body()).contains("\"code\":\"REQUEST_INVALID\"");
      assertSecurityHeaders("firewall", answer);
    }
  }

  @Test
  void refusedPageAddressesAnswerAPageNotTomcats() {
    Answer encoded = raw.get("/items/a%2Fb", Map.of("Accept", "text/html"));
    Answer firewall = raw.get("/items;x=1", Map.of("Accept", "text/html"));

    for (Answer answer : List.of(encoded, firewall)) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("text/html");
      assertThat(answer.body()).contains("请求有误").doesNotContain("Tomcat", "HTTP Status");
      assertSecurityHeaders("page", answer);
    }
  }

  @Test
  void errorOpenedDirectlyIsAnUnknownPage() {
    Answer anonymous = raw.get("/error", Map.of());
    Answer asHtml = raw.get("/error", Map.of("Accept", "text/html"));

    for (Answer answer : List.of(anonymous, asHtml)) {
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.contentType()).startsWith("text/html");
      assertSecurityHeaders("/error", answer);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("guide page", raw.get("/", Map.of()));
    answers.put("login page", raw.get("/login", Map.of()));
    answers.put("style sheet", raw.get("/css/hall.css", Map.of()));
    answers.put("missing file", raw.get("/css/nothing.css", Map.of()));
    answers.put("unknown page", raw.get("/nothing-here", Map.of("Accept", "text/html")));
    answers.put("api", raw.get("/api/items", Map.of()));
    answers.put("api refusal", raw.get("/api/applications", Map.of()));

    answers.forEach(
        (what, answer) -> {
          assertThat(answer.status()).as(what).isLessThan(500);
          assertSecurityHeaders(what, answer);
        });
    assertThat(answers.get("style sheet").status()).isEqualTo(200);
    assertThat(answers.get("guide page").header("Content-Security-Policy"))
        .contains("script-src 'self'");
    assertThat(answers.get("api").header("Content-Security-Policy")).contains("default-src 'none'");
  }

  private static void assertSecurityHeaders(String what, Answer answer) {
    assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).as(what).isIn("DENY", "SAMEORIGIN");
    assertThat(answer.header("Content-Security-Policy")).as(what).contains("frame-ancestors");
    assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
  }
}
