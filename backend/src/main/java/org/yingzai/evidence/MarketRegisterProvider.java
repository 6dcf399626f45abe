package org.yingzai.evidence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;
import org.yingzai.evidence.SharedDataMapper.MarketEntityRow;

/** The market-entity register (市场主体登记信息), from the data our exchange keeps in step. */
@Component
class MarketRegisterProvider implements EvidenceProvider {

  static final String NAME = "market-register";
  static final String MARKET_ENTITY = "MARKET_ENTITY";

  private final SharedDataMapper data;
  private final Clock clock;

  MarketRegisterProvider(SharedDataMapper data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> evidenceTypes() {
    return Set.of(MARKET_ENTITY);
  }

  @Override
  public EvidenceResult fetch(String creditCode, String evidenceType) {
    MarketEntityRow row = data.findMarketEntity(creditCode);
    if (row == null) {
      return new Failed(FailureReason.NOT_FOUND, "No market entity " + creditCode);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("creditCode", row.creditCode());
    fields.put("name", row.name());
    fields.put("legalRepresentative", row.legalRepresentative());
    fields.put("status", row.status());
    fields.put("registeredCapital", row.registeredCapital());
    fields.put("address", row.address());
    fields.put("establishedOn", row.establishedOn().toString());
    return new Found(NAME, row.authority(), clock.instant(), fields);
  }
}
