package org.yingzai.evidence;

import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.evidence.SharedDataMapper.SharedRecord;

/**
 * The providers served from the data our exchange keeps in step with the authorities: the
 * market-entity register (市场主体登记信息), tax-credit ratings (纳税信用等级, the latest year rated) and
 * social-insurance payments (社会保险缴费记录).
 */
@Configuration
class LocalProviders {

  static final String MARKET_REGISTER = "market-register";
  static final String TAX_CREDIT = "tax-credit";
  static final String SOCIAL_INSURANCE = "social-insurance";

  @Bean
  EvidenceProvider marketRegisterProvider(SharedDataMapper data, Clock clock) {
    return new LocalProvider(
        MARKET_REGISTER, "MARKET_ENTITY", "market entity", data::findMarketEntity, clock);
  }

  @Bean
  EvidenceProvider taxCreditProvider(SharedDataMapper data, Clock clock) {
    return new LocalProvider(
        TAX_CREDIT, "TAX_CREDIT", "tax-credit rating", data::findLatestTaxCredit, clock);
  }

  @Bean
  EvidenceProvider socialInsuranceProvider(SharedDataMapper data, Clock clock) {
    return new LocalProvider(
        SOCIAL_INSURANCE,
        "SOCIAL_INSURANCE",
        "social-insurance record",
        data::findSocialInsurance,
        clock);
  }

  /** One provider over one of our tables, looked up by credit code. */
  static final class LocalProvider implements EvidenceProvider {

    private final String name;
    private final String evidenceType;
    private final String what;
    private final Function<String, ? extends SharedRecord> lookup;
    private final Clock clock;

    LocalProvider(
        String name,
        String evidenceType,
        String what,
        Function<String, ? extends SharedRecord> lookup,
        Clock clock) {
      this.name = name;
      this.evidenceType = evidenceType;
      this.what = what;
      this.lookup = lookup;
      this.clock = clock;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<String> evidenceTypes() {
      return Set.of(evidenceType);
    }

    @Override
    public EvidenceResult fetch(String creditCode, String evidenceType) {
      SharedRecord found = lookup.apply(creditCode);
      if (found == null) {
        return new Failed(FailureReason.NOT_FOUND, "No " + what + " of " + creditCode);
      }
      return new Found(name, found.authority(), clock.instant(), found.fields());
    }
  }
}
