package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;

/** The providers by name: local ones and HTTP ones added by configuration alone. */
class EvidenceProvidersTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

  private StubEvidenceServer server;

  @BeforeEach
  void start() throws IOException {
    server = new StubEvidenceServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anHttpProviderIsAddedByConfigurationAlone() {
    EvidenceProviders providers =
        providers(
            Map.of(
                "yingzai.evidence.http-providers.partner-registry.url", server.url().toString(),
                "yingzai.evidence.http-providers.partner-registry.timeout", "300ms",
                "yingzai.evidence.http-providers.partner-registry.evidence-types[0]",
                    "MARKET_ENTITY"),
            List.of());

    assertThat(providers.all()).containsKey("partner-registry");
    assertThat(((HttpEvidenceProvider) providers.all().get("partner-registry")).timeout())
        .isEqualTo(Duration.ofMillis(300));
    assertThat(providers.fetch("partner-registry", StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Found.class, found -> assertThat(found.provider()).isEqualTo("partner-registry"));
    assertThat(providers.fetch("partner-registry", StubEvidenceServer.SLOW, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class, failed -> assertThat(failed.reason()).isEqualTo(FailureReason.TIMEOUT));
  }

  @Test
  void aProviderThatIsNotConfiguredFailsClearly() {
    EvidenceProviders providers = providers(Map.of(), List.of(local("market-register")));

    assertThat(providers.fetch("unconfigured", StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> {
              assertThat(failed.reason()).isEqualTo(FailureReason.NOT_CONFIGURED);
              assertThat(failed.detail()).contains("unconfigured");
            });
    assertThat(providers.fetch(null, StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.NOT_CONFIGURED));
  }

  @Test
  void aProviderAskedForEvidenceItDoesNotServeFails() {
    EvidenceProviders providers = providers(Map.of(), List.of(local("market-register")));

    assertThat(providers.fetch("market-register", StubEvidenceServer.KNOWN, "TAX_CREDIT"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.UNSUPPORTED_TYPE));
  }

  @Test
  void aProviderThatThrowsIsUnavailableNotAnError() {
    EvidenceProvider throwing =
        new EvidenceProvider() {
          @Override
          public String name() {
            return "fragile";
          }

          @Override
          public Set<String> evidenceTypes() {
            return Set.of("MARKET_ENTITY");
          }

          @Override
          public EvidenceResult fetch(String creditCode, String evidenceType) {
            throw new IllegalStateException("database gone");
          }
        };
    EvidenceProviders providers = providers(Map.of(), List.of(throwing));

    assertThat(providers.fetch("fragile", StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Failed.class,
            failed -> assertThat(failed.reason()).isEqualTo(FailureReason.UNAVAILABLE));
  }

  @Test
  void anHttpProviderReplacesTheLocalOneOfTheSameName() {
    EvidenceProviders providers =
        providers(
            Map.of(
                "yingzai.evidence.http-providers.market-register.url",
                server.url().toString(),
                "yingzai.evidence.http-providers.market-register.evidence-types",
                "MARKET_ENTITY"),
            List.of(local("market-register")));

    assertThat(providers.all().get("market-register")).isInstanceOf(HttpEvidenceProvider.class);
    assertThat(providers.fetch("market-register", StubEvidenceServer.KNOWN, "MARKET_ENTITY"))
        .isInstanceOfSatisfying(
            Found.class, found -> assertThat(found.source()).isEqualTo("省市场主体登记数据交换平台"));
  }

  @Test
  void defaultsApplyWhereNothingIsConfigured() {
    EvidenceProperties properties = bind(Map.of());
    assertThat(properties.previewValidity()).isEqualTo(Duration.ofMinutes(30));
    assertThat(properties.httpProviders()).isEmpty();
  }

  private static EvidenceProviders providers(
      Map<String, String> configuration, List<EvidenceProvider> local) {
    return new EvidenceProviders(local, bind(configuration), CLOCK);
  }

  private static EvidenceProperties bind(Map<String, String> configuration) {
    return new Binder(new MapConfigurationPropertySource(configuration))
        .bindOrCreate("yingzai.evidence", EvidenceProperties.class);
  }

  private static EvidenceProvider local(String name) {
    return new EvidenceProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<String> evidenceTypes() {
        return Set.of("MARKET_ENTITY");
      }

      @Override
      public EvidenceResult fetch(String creditCode, String evidenceType) {
        return new Found(name, "本地", CLOCK.instant(), Map.of("name", "本地数据"));
      }
    };
  }
}
