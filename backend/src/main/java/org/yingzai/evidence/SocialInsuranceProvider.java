package org.yingzai.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.evidence.SharedDataMapper.SocialInsuranceRow;

/** Social-insurance payment records (社会保险缴费记录) of an enterprise. */
@Component
class SocialInsuranceProvider implements EvidenceProvider {

  static final String NAME = "social-insurance";
  static final String SOCIAL_INSURANCE = "SOCIAL_INSURANCE";

  private final SharedDataMapper data;
  private final Clock clock;

  SocialInsuranceProvider(SharedDataMapper data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> evidenceTypes() {
    return Set.of(SOCIAL_INSURANCE);
  }

  @Override
  public EvidenceResult fetch(String creditCode, String evidenceType) {
    SocialInsuranceRow row = data.findSocialInsurance(creditCode);
    if (row == null) {
      return new Failed(FailureReason.NOT_FOUND, "No social-insurance record of " + creditCode);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("creditCode", row.creditCode());
    fields.put("monthsPaid", row.monthsPaid());
    fields.put("insuredEmployees", row.insuredEmployees());
    fields.put("inArrears", row.inArrears());
    fields.put("lastPaidMonth", row.lastPaidMonth());
    return new Found(NAME, row.authority(), clock.instant(), fields);
  }
}
