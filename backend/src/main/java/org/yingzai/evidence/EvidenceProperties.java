package org.yingzai.evidence;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of certificate-free handling, under {@code yingzai.evidence}.
 *
 * @param previewValidity how long after a preview the applicant may consent to it (default 30
 *     minutes); later, they preview again so that they consent to current data
 * @param httpProviders evidence providers reached over HTTP, by name; a name that a local provider
 *     also has replaces it
 */
@ConfigurationProperties("yingzai.evidence")
record EvidenceProperties(
    Duration previewValidity, Map<String, HttpProviderSettings> httpProviders) {

  static final Duration DEFAULT_PREVIEW_VALIDITY = Duration.ofMinutes(30);

  EvidenceProperties {
    previewValidity = previewValidity == null ? DEFAULT_PREVIEW_VALIDITY : previewValidity;
    httpProviders = httpProviders == null ? Map.of() : Map.copyOf(httpProviders);
  }

  /**
   * An evidence provider reached over HTTP: {@code GET <url>?creditCode=…&evidenceType=…} answers
   * {@code 200 {"source": "…", "fields": {…}}}, or {@code 404} for an unknown enterprise.
   *
   * @param timeout the most the whole exchange may take, answer included (default 5 seconds)
   * @param connectTimeout the most connecting may take (default 2 seconds, at most {@code timeout})
   * @param evidenceTypes the kinds of evidence it serves, e.g. {@code MARKET_ENTITY}
   * @param source the authority shown when the answer names none (default: the provider's name)
   */
  record HttpProviderSettings(
      URI url,
      Duration timeout,
      Duration connectTimeout,
      List<String> evidenceTypes,
      String source) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

    HttpProviderSettings {
      timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
      connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
      if (connectTimeout.compareTo(timeout) > 0) {
        connectTimeout = timeout;
      }
      evidenceTypes = evidenceTypes == null ? List.of() : List.copyOf(evidenceTypes);
    }
  }
}
