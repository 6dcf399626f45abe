package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingzai.evidence.EvidenceProperties.HttpProviderSettings;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;

/** An evidence provider over HTTP against a real server on 127.0.0.1, slow answers included. */
class HttpEvidenceProviderTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMillis(400);

  private StubEvidenceServer server;
  private HttpEvidenceProvider provider;

  @BeforeEach
  void start() throws IOException {
    server = new StubEvidenceServer();
    provider = provider(server.url(), TIMEOUT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void answersTheFieldsInOrderWithTheirSourceAndTheTimeOfFetching() {
    EvidenceResult result = provider.fetch(StubEvidenceServer.KNOWN, "MARKET_ENTITY");

    assertThat(result).isInstanceOf(Found.class);
    Found found = (Found) result;
    assertThat(found.provider()).isEqualTo("partner-registry");
    assertThat(found.source()).isEqualTo("省市场主体登记数据交换平台");
    assertThat(found.fetchedAt()).isEqualTo(NOW);
    assertThat(found.fields())
        .containsExactly(
            entry("name", "示例高新智能装备有限公司"),
            entry("status", "存续"),
            entry("registeredCapital", 5000),
            entry("listed", false));
    assertThat(server.lastQuery())
        .containsEntry("creditCode", StubEvidenceServer.KNOWN)
        .containsEntry("evidenceType", "MARKET_ENTITY");
  }

  @Test
  void anAnswerWithoutSourceIsAttributedToTheConfiguredOne() {
    Found found = (Found) provider.fetch(StubEvidenceServer.NO_SOURCE, "MARKET_ENTITY");
    assertThat(found.source()).isEqualTo("合作方登记平台");
  }

  @Test
  void anUnknownEnterpriseIsNotFoundNotAnException() {
    assertThat(provider.fetch("91370500MA3F6LN3KL", "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class, failed -> assertThat(failed.reason()).isEqualTo(FailureReason.NOT_FOUND));
  }

  @Test
  void aProviderThatDoesNotAnswerInTimeTimesOut() {
    long started = System.nanoTime();
    EvidenceResult result = provider.fetch(StubEvidenceServer.SLOW, "MARKET_ENTITY");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result)
        .isInstanceOfSatisfying(
            Failed.class, failed -> assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT));
    assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void theTimeoutAlsoBoundsReadingTheAnswer() {
    long started = System.nanoTime();
    EvidenceResult result = provider.fetch(StubEvidenceServer.DRIPPING, "MARKET_ENTITY");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(result)
        .isInstanceOfSatisfying(
            Failed.class, failed -> assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT));
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAndUnreadableAnswersMakeTheProviderUnavailable() {
    assertThat(provider.fetch(StubEvidenceServer.BROKEN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(FailureReason.UNAVAILABLE);
              assertThat(failed.detail()).contains("500");
            });
    assertThat(provider.fetch(StubEvidenceServer.GARBAGE, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.UNAVAILABLE));
  }

  @Test
  void aProviderNobodyListensForIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpEvidenceProvider nowhere =
        provider(URI.create("http://127.0.0.1:" + closedPort + "/evidence"), TIMEOUT);

    assertThat(nowhere.fetch(StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.UNAVAILABLE));
  }

  private static HttpEvidenceProvider provider(URI url, Duration timeout) {
    return new HttpEvidenceProvider(
        "partner-registry",
        new HttpProviderSettings(url, timeout, null, List.of("MARKET_ENTITY"), "合作方登记平台"),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
    return java.util.Map.entry(key, value);
  }
}
