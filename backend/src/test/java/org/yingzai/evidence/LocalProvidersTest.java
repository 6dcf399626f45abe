package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/** The local providers over the shared data kept for the hall's enterprises. */
@WithHall
class LocalProvidersTest {

  @Autowired EvidenceProviders providers;
  Hall hall;

  @Test
  void theThreeLocalProvidersAreConfigured() {
    assertThat(providers.all()).containsKeys("market-register", "tax-credit", "social-insurance");
    assertThat(providers.all().get("social-insurance").evidenceTypes())
        .containsExactly("SOCIAL_INSURANCE");
  }

  @Test
  void theMarketEntityRegisterAnswersTheRegisteredEntry() {
    Found found =
        (Found) providers.fetch("market-register", hall.applicant().creditCode(), "MARKET_ENTITY");

    assertThat(found.provider()).isEqualTo("market-register");
    assertThat(found.source()).isEqualTo("东营市市场监督管理局");
    assertThat(found.fetchedAt()).isNotNull();
    assertThat(found.fields())
        .containsEntry("name", hall.applicant().name())
        .containsEntry("legalRepresentative", hall.applicant().legalRepresentative())
        .containsEntry("status", "存续")
        .containsEntry("registeredCapital", "1000万元人民币")
        .containsEntry("address", "东营市高新区测试路1号")
        .containsEntry("establishedOn", "2018-01-01");
  }

  @Test
  void theTaxCreditRatingIsTheLatestYearRated() {
    Found found =
        (Found) providers.fetch("tax-credit", hall.applicant().creditCode(), "TAX_CREDIT");

    assertThat(found.fields())
        .containsEntry("year", 2025)
        .containsEntry("rating", "A")
        .containsEntry("authority", "国家税务总局东营市税务局");
    assertThat(found.source()).isEqualTo("国家税务总局东营市税务局");
  }

  @Test
  void theSocialInsuranceRecordSaysWhatWasPaid() {
    Found found =
        (Found)
            providers.fetch(
                "social-insurance", hall.otherApplicant().creditCode(), "SOCIAL_INSURANCE");

    assertThat(found.fields())
        .containsEntry("monthsPaid", 60)
        .containsEntry("insuredEmployees", 20)
        .containsEntry("inArrears", false)
        .containsEntry("lastPaidMonth", "2026-10");
    assertThat(found.source()).isEqualTo("东营市社会保险事业中心");
  }

  @Test
  void anUnknownCreditCodeIsNotFoundByEveryProvider() {
    String unknown = IdentityFixtures.newCreditCode();
    assertThat(
            java.util.List.of(
                providers.fetch("market-register", unknown, "MARKET_ENTITY"),
                providers.fetch("tax-credit", unknown, "TAX_CREDIT"),
                providers.fetch("social-insurance", unknown, "SOCIAL_INSURANCE")))
        .allSatisfy(
            result ->
                assertThat(result)
                    .isInstanceOfSatisfying(
                        Failed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(FailureReason.NOT_FOUND)));
  }
}
