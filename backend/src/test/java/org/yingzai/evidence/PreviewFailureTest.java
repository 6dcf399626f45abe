package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.yingzai.applications.ApplicationAccess;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.ProofFallback;
import org.yingzai.catalog.ProofTerms;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.evidence.EvidenceMapper.BasisRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.EvidenceProperties.HttpProviderSettings;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.shared.Sha256;

/**
 * A preview whose provider times out or is not configured: the applicant is told why and offered
 * the proof's fallback, and the failure is kept. The HTTP provider is real, against a slow server
 * on 127.0.0.1; the application and the catalogue are stand-ins.
 */
class PreviewFailureTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  private static final String APPLICATION = "00000000-0000-0000-0000-00000000e001";

  private StubEvidenceServer server;
  private final FakeEvidence fetches = new FakeEvidence();
  private final ApplicationAccess applications = mock(ApplicationAccess.class);
  private final Catalog catalog = mock(Catalog.class);
  private final Enterprises enterprises = mock(Enterprises.class);

  @BeforeEach
  void setUp() throws IOException {
    server = new StubEvidenceServer();
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    AuthenticatedUser applicant =
        new AuthenticatedUser("applicant", "王明", Role.ENTERPRISE, 1L, null, null, Set.of());
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(applicant, null, List.of()));
    ApplicationSummary draft =
        new ApplicationSummary(
            APPLICATION,
            null,
            "T-ITEM",
            "样例事项",
            "market",
            1L,
            HandlingType.INSTANT,
            ApplicationStatus.DRAFT,
            null);
    when(applications.ownDraft(APPLICATION)).thenReturn(draft);
    when(applications.lockOwnDraft(APPLICATION)).thenReturn(draft);
    when(applications.uploadedMaterialCodes(APPLICATION)).thenReturn(Set.of());
  }

  @AfterEach
  void tearDown() {
    server.close();
    SecurityContextHolder.clearContext();
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void aTimeoutIsExplainedAndTheUploadOffered() {
    enterprise(StubEvidenceServer.SLOW);
    item(proof("partner-registry", ProofFallback.UPLOAD));

    long started = System.nanoTime();
    EvidenceResponse answer = previews().preview(APPLICATION, "M02");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(answer.outcome()).isEqualTo(FetchOutcome.FAILED);
    assertThat(answer.fields()).isNull();
    assertThat(answer.failure().reason()).isEqualTo(FailureReason.TIMEOUT);
    assertThat(answer.failure().message()).isEqualTo("市场监督管理局的共享数据服务未能在规定时间内响应。");
    assertThat(answer.fallback().catalogued()).isEqualTo(ProofFallback.UPLOAD);
    assertThat(answer.fallback().action().name()).isEqualTo("UPLOAD");
    assertThat(answer.fallback().message()).isEqualTo("您可以改为上传“营业执照”。");
    assertThat(answer.fallback().commitment()).isNull();
    assertThat(fetches.rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.outcome()).isEqualTo(FetchOutcome.FAILED);
              assertThat(row.failureReason()).isEqualTo(FailureReason.TIMEOUT);
              assertThat(row.provider()).isEqualTo("partner-registry");
              assertThat(row.requestedBy()).isEqualTo("applicant");
            });
  }

  @Test
  void aProviderThatIsNotConfiguredOffersTheCommitmentWithItsText() {
    enterprise(StubEvidenceServer.KNOWN);
    item(proof("unconfigured", ProofFallback.COMMITMENT));

    EvidenceResponse answer = previews().preview(APPLICATION, "M02");

    assertThat(answer.failure().reason()).isEqualTo(FailureReason.NOT_CONFIGURED);
    assertThat(answer.failure().message()).isEqualTo("市场监督管理局的市场主体登记共享数据尚未接入本系统。");
    assertThat(answer.fallback().action().name()).isEqualTo("SIGN");
    assertThat(answer.fallback().commitment().version()).isEqualTo(1);
    assertThat(answer.fallback().commitment().sha256()).isEqualTo(Sha256.of("本单位承诺营业执照有效。"));
  }

  @Test
  void aProviderThatAnswersIsShownAsAPreviewNotAttached() {
    enterprise(StubEvidenceServer.KNOWN);
    item(proof("partner-registry", ProofFallback.UPLOAD));

    EvidenceResponse answer = previews().preview(APPLICATION, "M02");

    assertThat(answer.outcome()).isEqualTo(FetchOutcome.FOUND);
    assertThat(answer.source()).isEqualTo("省市场主体登记数据交换平台");
    assertThat(answer.fields())
        .extracting(EvidenceResponse.FieldResponse::label)
        .startsWith("名称", "登记状态", "注册资本");
    assertThat(answer.consent()).isNull();
    assertThat(answer.consentBefore().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(answer.sha256()).isEqualTo(Sha256.of(fetches.rows.get(0).fieldsJson()));
  }

  private EvidencePreviews previews() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    EvidenceProperties properties =
        new EvidenceProperties(
            null,
            Map.of(
                "partner-registry",
                new HttpProviderSettings(
                    server.url(), Duration.ofMillis(400), null, List.of("MARKET_ENTITY"), null)));
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/evidence");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    CertificateFreeRules rules =
        new CertificateFreeRules(
            catalog, fetches, mock(CommitmentMapper.class), mock(CreditRecordMapper.class), clock);
    return new EvidencePreviews(
        new ProofCases(applications, catalog, enterprises, rules),
        new EvidenceProviders(List.of(), properties, clock),
        fetches,
        new EvidenceViews(messages, properties),
        clock,
        mock(PlatformTransactionManager.class),
        mock(AuditTrail.class));
  }

  private void enterprise(String creditCode) {
    when(enterprises.requireById(1L)).thenReturn(new Enterprise(1L, creditCode, "示例企业", "王明"));
  }

  private void item(Proof proof) {
    Material material =
        new Material("M02", "营业执照", MaterialKind.PROOF, true, Disposition.DATA_SHARING, "T-ZM-8");
    ServiceItem item =
        new ServiceItem(
            "T-ITEM",
            "样例事项",
            null,
            null,
            null,
            null,
            3,
            0,
            0,
            "standard-approval",
            null,
            List.of(material),
            List.of());
    when(catalog.requireItem("T-ITEM")).thenReturn(item);
    when(catalog.proofsOf(any())).thenReturn(Map.of("M02", proof));
  }

  private static Proof proof(String provider, ProofFallback fallback) {
    boolean commitment = fallback == ProofFallback.COMMITMENT;
    return new Proof(
        new ProofTerms(
            "T-ZM-8",
            "营业执照",
            "市场监督管理局",
            Disposition.DATA_SHARING,
            "MARKET_ENTITY",
            provider,
            fallback,
            commitment ? "比对登记信息" : null,
            commitment ? 20 : null,
            RiskLevel.LOW,
            null,
            null),
        true,
        commitment ? new Proof.CommitmentText(1, "本单位承诺营业执照有效。", Sha256.of("本单位承诺营业执照有效。")) : null);
  }

  /** Keeps fetches in memory, as the table would. */
  private static final class FakeEvidence implements EvidenceMapper {

    final List<FetchRow> rows = new ArrayList<>();

    @Override
    public void insertFetch(FetchRow row) {
      rows.add(
          new FetchRow(
              (long) rows.size() + 1,
              row.applicationId(),
              row.materialCode(),
              row.proofCode(),
              row.evidenceType(),
              row.provider(),
              row.creditCode(),
              row.outcome(),
              row.failureReason(),
              row.failureDetail(),
              row.source(),
              row.fieldsJson(),
              row.fieldsSha256(),
              row.fetchedAt(),
              row.requestedBy(),
              null,
              null,
              null,
              null));
    }

    @Override
    public long lastInsertId() {
      return rows.size();
    }

    @Override
    public FetchRow findFetch(String applicationId, long id) {
      return rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    @Override
    public List<FetchRow> findFetches(String applicationId) {
      return List.copyOf(rows);
    }

    @Override
    public int consent(long id, String by, Instant at, String ip, String userAgent) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void insertBasis(BasisRow row) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<BasisRow> findBases(String applicationId) {
      return List.of();
    }
  }
}
