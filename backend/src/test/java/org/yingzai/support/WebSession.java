package org.yingzai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The web pages over plain HTTP, as a browser without JavaScript would use them: a session cookie
 * from the login form, and the CSRF token of the last page read sent with every form.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("(SESSION=[^;]+)");

  private final TestRestTemplate http;
  private String cookie;
  private String csrf;

  private WebSession(TestRestTemplate http) {
    // a redirect is part of the answer: the test reads where it leads
    this.http = http.withRedirects(Redirects.DONT_FOLLOW);
  }

  /** A visitor who has not logged in. */
  public static WebSession anonymous(TestRestTemplate http) {
    WebSession session = new WebSession(http);
    session.get("/login");
    return session;
  }

  /** A session logged in through the form as one of the demo accounts. */
  public static WebSession as(TestRestTemplate http, String username) {
    return as(http, username, Api.DEMO_PASSWORD);
  }

  /** A session logged in through the form. */
  public static WebSession as(TestRestTemplate http, String username, String password) {
    WebSession session = anonymous(http);
    Page loggedIn = session.post("/login", Map.of("username", username, "password", password));
    assertThat(loggedIn.status()).as("login of %s", username).isEqualTo(302);
    assertThat(loggedIn.location()).as("login of %s", username).doesNotContain("/login");
    return session;
  }

  /**
   * The same browser sent to another node of the service hall: its session cookie and the CSRF
   * token of the last page it read go along.
   */
  public WebSession on(TestRestTemplate node) {
    WebSession moved = new WebSession(node);
    moved.cookie = cookie;
    moved.csrf = csrf;
    return moved;
  }

  public Page get(String path) {
    return exchange(HttpMethod.GET, path, null, new HttpHeaders());
  }

  /** A GET as htmx sends it, for a part of a page. */
  public Page htmx(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add("HX-Request", "true");
    return exchange(HttpMethod.GET, path, null, headers);
  }

  /** A form post with the CSRF token of the last page read. */
  public Page post(String path, Map<String, ?> fields) {
    return postWithToken(path, fields, csrf);
  }

  /** A form post with the given CSRF token, such as a stale one. */
  public Page postWithToken(String path, Map<String, ?> fields, String token) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            values.forEach(v -> form.add(name, String.valueOf(v)));
          } else {
            form.add(name, String.valueOf(value));
          }
        });
    if (token != null) {
      form.add("_csrf", token);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return exchange(HttpMethod.POST, path, form, headers);
  }

  /** A multipart form as htmx sends it (hx-encoding), with the CSRF token as a header. */
  public Page htmxUpload(String path, Map<String, String> fields, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    parts.add(
        "file",
        new org.springframework.core.io.ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.add("HX-Request", "true");
    if (csrf != null) {
      headers.add("X-CSRF-TOKEN", csrf);
    }
    return exchange(HttpMethod.POST, path, parts, headers);
  }

  private Page exchange(HttpMethod method, String path, Object body, HttpHeaders headers) {
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    List<String> setCookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (setCookies != null) {
      for (String set : setCookies) {
        Matcher session = SESSION.matcher(set);
        if (session.find()) {
          cookie = session.group(1);
        }
      }
    }
    String html = response.getBody() == null ? "" : response.getBody();
    Matcher token = CSRF.matcher(html);
    if (token.find()) {
      csrf = token.group(1);
    }
    return new Page(response, html);
  }

  /** One answer: status, headers and the HTML. */
  public record Page(ResponseEntity<String> response, String html) {

    public int status() {
      return response.getStatusCode().value();
    }

    public String location() {
      return String.valueOf(response.getHeaders().getLocation());
    }

    public String header(String name) {
      return response.getHeaders().getFirst(name);
    }
  }
}
