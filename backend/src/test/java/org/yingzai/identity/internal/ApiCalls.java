package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls to the API over HTTP, with or without HTTP Basic credentials. */
final class ApiCalls {

  private final TestRestTemplate rest;

  ApiCalls(TestRestTemplate rest) {
    this.rest = rest;
  }

  ResponseEntity<JsonNode> get(String path, String username, String password) {
    return exchange(HttpMethod.GET, path, username, password, null, null);
  }

  ResponseEntity<JsonNode> exchange(
      HttpMethod method,
      String path,
      String username,
      String password,
      String acceptLanguage,
      Object body) {
    HttpHeaders headers = new HttpHeaders();
    if (username != null) {
      headers.set(
          HttpHeaders.AUTHORIZATION,
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** Asserts a problem response and returns its detail message. */
  static String assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
    if (status == HttpStatus.UNAUTHORIZED) {
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
          .isEqualTo("Basic realm=\"yingzai\"");
    }
    return response.getBody().path("detail").asText();
  }
}
