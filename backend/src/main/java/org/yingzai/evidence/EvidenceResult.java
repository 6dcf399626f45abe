package org.yingzai.evidence;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a provider answered: the evidence found, or why there is none. */
sealed interface EvidenceResult {

  /**
   * Evidence found.
   *
   * @param source the authority the evidence comes from, as the applicant and the clerk see it
   * @param fields the evidence, in the order it is shown; values are strings, numbers or booleans
   */
  record Found(String provider, String source, Instant fetchedAt, Map<String, Object> fields)
      implements EvidenceResult {

    public Found {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(fetchedAt, "fetchedAt");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * No evidence.
   *
   * @param detail what went wrong, for the record and the logs; the applicant is told the reason
   */
  record Failed(FailureReason reason, String detail) implements EvidenceResult {

    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a provider delivered no evidence. */
  enum FailureReason {
    /** the provider has no record of the enterprise */
    NOT_FOUND,
    /** the provider did not answer in time */
    TIMEOUT,
    /** the provider failed or answered something unusable */
    UNAVAILABLE,
    /** no provider of that name is configured */
    NOT_CONFIGURED,
    /** the provider does not serve that kind of evidence */
    UNSUPPORTED_TYPE
  }
}
