package org.yingzai.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Calls the running service hall over HTTP as one of its users. */
public final class Api {

  public static final String DEMO_PASSWORD = "Demo#2026pass";

  private final TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  private Api(TestRestTemplate http) {
    this.http = http;
  }

  public static Api as(TestRestTemplate http, String username) {
    return as(http, username, DEMO_PASSWORD);
  }

  public static Api as(TestRestTemplate http, String username, String password) {
    return new Api(http.withBasicAuth(username, password));
  }

  public static Api anonymous(TestRestTemplate http) {
    return new Api(http);
  }

  public Response get(String path) {
    return exchange(HttpMethod.GET, path, null, new HttpHeaders());
  }

  public Response post(String path, Object body) {
    return post(path, body, new HttpHeaders());
  }

  public Response post(String path, Object body, HttpHeaders headers) {
    headers.setContentType(MediaType.APPLICATION_JSON);
    return exchange(HttpMethod.POST, path, body == null ? "{}" : write(body), headers);
  }

  public Response put(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return exchange(HttpMethod.PUT, path, write(body), headers);
  }

  public Response upload(String path, String materialCode, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (materialCode != null) {
      parts.add("materialCode", materialCode);
    }
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response =
        http.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    return new Response(response, json);
  }

  private Response exchange(HttpMethod method, String path, String body, HttpHeaders headers) {
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    return new Response(response, json);
  }

  private String write(Object body) {
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An answer: its status, its content type and its body as JSON. */
  public record Response(ResponseEntity<String> entity, ObjectMapper json) {

    public int status() {
      return entity.getStatusCode().value();
    }

    public String contentType() {
      MediaType type = entity.getHeaders().getContentType();
      return type == null ? null : type.toString();
    }

    public JsonNode body() {
      try {
        return entity.getBody() == null ? json.nullNode() : json.readTree(entity.getBody());
      } catch (Exception e) {
        throw new IllegalStateException("Not JSON: " + entity.getBody(), e);
      }
    }

    public String text(String field) {
      return body().path(field).asText(null);
    }

    /** The problem's stable code, for refusals. */
    public String code() {
      return body().path("code").asText(null);
    }

    @Override
    public String toString() {
      return status() + " " + entity.getBody();
    }
  }

  public static Map<String, Object> complete(String outcome, String comment) {
    return comment == null
        ? Map.of("outcome", outcome)
        : Map.of("outcome", outcome, "comment", comment);
  }
}
