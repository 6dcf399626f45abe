package org.yingzai.evidence;

import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;

/**
 * Every evidence provider by name: the local ones backed by our tables and those configured under
 * {@code yingzai.evidence.http-providers}. Whatever goes wrong ends in a {@link Failed} with its
 * reason, never in an exception, so the applicant can always be told and offered the fallback.
 */
@Component
class EvidenceProviders {

  private static final Logger log = LoggerFactory.getLogger(EvidenceProviders.class);

  private final Map<String, EvidenceProvider> byName;

  EvidenceProviders(List<EvidenceProvider> local, EvidenceProperties properties, Clock clock) {
    Map<String, EvidenceProvider> providers = new TreeMap<>();
    local.forEach(provider -> providers.put(provider.name(), provider));
    properties
        .httpProviders()
        .forEach(
            (name, settings) -> {
              EvidenceProvider http = new HttpEvidenceProvider(name, settings, clock);
              if (providers.put(name, http) != null) {
                log.info("Evidence provider {} is served over HTTP by {}", name, settings.url());
              }
            });
    this.byName = Collections.unmodifiableMap(providers);
  }

  /** The configured providers by name. */
  Map<String, EvidenceProvider> all() {
    return byName;
  }

  /** The evidence of this type about the enterprise, or why there is none. */
  EvidenceResult fetch(String providerName, String creditCode, String evidenceType) {
    EvidenceProvider provider = providerName == null ? null : byName.get(providerName);
    if (provider == null) {
      return new Failed(FailureReason.NOT_CONFIGURED, "No evidence provider named " + providerName);
    }
    if (evidenceType == null || !provider.evidenceTypes().contains(evidenceType)) {
      return new Failed(
          FailureReason.UNSUPPORTED_TYPE, providerName + " does not serve " + evidenceType);
    }
    try {
      EvidenceResult result = provider.fetch(creditCode, evidenceType);
      return result != null
          ? result
          : new Failed(FailureReason.UNAVAILABLE, providerName + " answered nothing");
    } catch (RuntimeException e) {
      log.warn("Evidence provider {} failed for {}", providerName, evidenceType, e);
      return new Failed(FailureReason.UNAVAILABLE, providerName + ": " + e);
    }
  }
}
