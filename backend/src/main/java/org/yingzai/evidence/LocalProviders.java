package org.yingzai.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;

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
        MARKET_REGISTER,
        "MARKET_ENTITY",
        "market entity",
        code -> {
          SharedDataMapper.MarketEntityRow row = data.findMarketEntity(code);
          return row == null
              ? null
              : new Record(
                  row.authority(),
                  fields(
                      "creditCode", row.creditCode(),
                      "name", row.name(),
                      "legalRepresentative", row.legalRepresentative(),
                      "status", row.status(),
                      "registeredCapital", row.registeredCapital(),
                      "address", row.address(),
                      "establishedOn", row.establishedOn().toString()));
        },
        clock);
  }

  @Bean
  EvidenceProvider taxCreditProvider(SharedDataMapper data, Clock clock) {
    return new LocalProvider(
        TAX_CREDIT,
        "TAX_CREDIT",
        "tax-credit rating",
        code -> {
          SharedDataMapper.TaxCreditRow row = data.findLatestTaxCredit(code);
          return row == null
              ? null
              : new Record(
                  row.authority(),
                  fields(
                      "creditCode", row.creditCode(),
                      "year", row.year(),
                      "rating", row.rating(),
                      "authority", row.authority()));
        },
        clock);
  }

  @Bean
  EvidenceProvider socialInsuranceProvider(SharedDataMapper data, Clock clock) {
    return new LocalProvider(
        SOCIAL_INSURANCE,
        "SOCIAL_INSURANCE",
        "social-insurance record",
        code -> {
          SharedDataMapper.SocialInsuranceRow row = data.findSocialInsurance(code);
          return row == null
              ? null
              : new Record(
                  row.authority(),
                  fields(
                      "creditCode", row.creditCode(),
                      "monthsPaid", row.monthsPaid(),
                      "insuredEmployees", row.insuredEmployees(),
                      "inArrears", row.inArrears(),
                      "lastPaidMonth", row.lastPaidMonth()));
        },
        clock);
  }

  /** What one of our tables holds of an enterprise: the authority it came from and the fields. */
  record Record(String source, Map<String, Object> fields) {}

  /** The fields in the order given, as the applicant is shown them. */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  /** One provider over one of our tables, looked up by credit code. */
  static final class LocalProvider implements EvidenceProvider {

    private final String name;
    private final String evidenceType;
    private final String what;
    private final Function<String, Record> lookup;
    private final Clock clock;

    LocalProvider(
        String name,
        String evidenceType,
        String what,
        Function<String, Record> lookup,
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
      Record found = lookup.apply(creditCode);
      if (found == null) {
        return new Failed(FailureReason.NOT_FOUND, "No " + what + " of " + creditCode);
      }
      return new Found(name, found.source(), clock.instant(), found.fields());
    }
  }
}
