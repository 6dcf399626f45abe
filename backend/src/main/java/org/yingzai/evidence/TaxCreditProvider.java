package org.yingzai.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.evidence.SharedDataMapper.TaxCreditRow;

/** Tax-credit ratings (纳税信用等级 A/B/M/C/D): the latest year rated. */
@Component
class TaxCreditProvider implements EvidenceProvider {

  static final String NAME = "tax-credit";
  static final String TAX_CREDIT = "TAX_CREDIT";

  private final SharedDataMapper data;
  private final Clock clock;

  TaxCreditProvider(SharedDataMapper data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> evidenceTypes() {
    return Set.of(TAX_CREDIT);
  }

  @Override
  public EvidenceResult fetch(String creditCode, String evidenceType) {
    TaxCreditRow row = data.findLatestTaxCredit(creditCode);
    if (row == null) {
      return new Failed(FailureReason.NOT_FOUND, "No tax-credit rating of " + creditCode);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("creditCode", row.creditCode());
    fields.put("year", row.year());
    fields.put("rating", row.rating());
    fields.put("authority", row.authority());
    return new Found(NAME, row.authority(), clock.instant(), fields);
  }
}
