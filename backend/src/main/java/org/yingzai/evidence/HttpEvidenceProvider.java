package org.yingzai.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import org.yingzai.evidence.EvidenceProperties.HttpProviderSettings;
import org.yingzai.evidence.EvidenceResult.Failed;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.evidence.EvidenceResult.Found;

/**
 * An evidence provider behind an HTTP service, set up by configuration alone ({@code
 * yingzai.evidence.http-providers.<name>.*}). The timeout bounds the whole exchange, reading the
 * answer included, so a slow provider never holds an applicant for longer.
 */
final class HttpEvidenceProvider implements EvidenceProvider {

  private final String name;
  private final URI url;
  private final Set<String> evidenceTypes;
  private final Duration timeout;
  private final String source;
  private final RestClient http;
  private final Clock clock;

  HttpEvidenceProvider(String name, HttpProviderSettings settings, Clock clock) {
    if (settings.url() == null) {
      throw new IllegalStateException(
          "yingzai.evidence.http-providers." + name + ".url is required");
    }
    if (settings.evidenceTypes().isEmpty()) {
      throw new IllegalStateException(
          "yingzai.evidence.http-providers." + name + ".evidence-types is required");
    }
    this.name = name;
    this.url = settings.url();
    this.evidenceTypes = Set.copyOf(settings.evidenceTypes());
    this.timeout = settings.timeout();
    this.source =
        settings.source() == null || settings.source().isBlank() ? name : settings.source();
    this.clock = clock;
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(timeout);
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> evidenceTypes() {
    return evidenceTypes;
  }

  Duration timeout() {
    return timeout;
  }

  @Override
  public EvidenceResult fetch(String creditCode, String evidenceType) {
    URI uri =
        UriComponentsBuilder.fromUri(url)
            .queryParam("creditCode", creditCode)
            .queryParam("evidenceType", evidenceType)
            .encode()
            .build()
            .toUri();
    long started = System.nanoTime();
    try {
      return http.get()
          .uri(uri)
          .accept(MediaType.APPLICATION_JSON)
          .exchange(
              (request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 404) {
                  return new Failed(
                      FailureReason.NOT_FOUND,
                      name + " has no " + evidenceType + " of " + creditCode);
                }
                if (status != 200) {
                  return new Failed(FailureReason.UNAVAILABLE, name + " answered HTTP " + status);
                }
                return found(response.bodyTo(JsonNode.class));
              });
    } catch (RuntimeException e) {
      boolean late = Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0;
      if (late || timedOut(e)) {
        return new Failed(
            FailureReason.TIMEOUT, name + " did not answer within " + timeout.toMillis() + " ms");
      }
      return new Failed(FailureReason.UNAVAILABLE, name + ": " + e.getMessage());
    }
  }

  private EvidenceResult found(JsonNode body) {
    if (body == null || !body.path("fields").isObject()) {
      return new Failed(FailureReason.UNAVAILABLE, name + " answered no fields");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = body.path("fields").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      fields.put(entry.getKey(), scalar(entry.getValue()));
    }
    String named = body.path("source").asText("");
    return new Found(name, named.isBlank() ? source : named, clock.instant(), fields);
  }

  private static Object scalar(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    return value.isTextual() ? value.textValue() : value.toString();
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }
}
