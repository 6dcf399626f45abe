package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.yingzai.support.WithHall;

/**
 * The lockout as an attacker meets it over HTTP: a locked or waiting real user and an unknown
 * username get the very same bytes, failures from one address keep nobody out from another, and the
 * user is told in the inbox instead. Two client addresses: IPv4 and IPv6 loopback.
 */
@WithHall
class LoginLockoutJourneyTest {

  private static final Instant START = Instant.parse("2026-11-30T02:00:00Z");

  @Autowired TestRestTemplate rest;
  @Autowired UserMapper userMapper;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private final ObjectMapper json = new ObjectMapper();
  private final RestTemplate fromElsewhere = fromAddress("127.0.0.2");
  private TestUsers users;

  @BeforeEach
  void setUp() {
    users = new TestUsers(userMapper);
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    throttle.clear();
  }

  @Test
  void aWaitingOrLockedRealUserAndAnUnknownOneGetByteIdenticalAnswers() {
    String real = users.supervisor("real");
    String unknown = "ghost-" + UUID.randomUUID().toString().substring(0, 8);

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertSameAnswer(
          me(here(), real, "wrong-" + attempt), me(here(), unknown, "wrong-" + attempt));
    }
    // the sixth, where a real user used to learn of the lock and its end: the right password
    ResponseEntity<String> waiting = me(here(), real, TestUsers.PASSWORD);
    assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertSameAnswer(waiting, me(here(), unknown, TestUsers.PASSWORD));

    // a lock of the whole account reads alike too
    String locked = users.supervisor("locked");
    jdbc.update(
        "UPDATE app_user SET failed_logins = 50, locked_until = '2026-11-30 02:15:00'"
            + " WHERE username = ?",
        locked);
    assertSameAnswer(
        me(elsewhere(), locked, TestUsers.PASSWORD),
        me(
            elsewhere(),
            "ghost-" + UUID.randomUUID().toString().substring(0, 9),
            TestUsers.PASSWORD));
  }

  @Test
  void fiveFailuresFromOneAddressDoNotLockTheUserOutFromAnother() {
    String username = users.supervisor("elsewhere");
    for (int attempt = 1; attempt <= 5; attempt++) {
      me(here(), username, "wrong-" + attempt);
    }

    assertThat(me(here(), username, TestUsers.PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(me(elsewhere(), username, TestUsers.PASSWORD).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theUserIsToldInTheInboxOnceAWaitOrALockBegins() throws Exception {
    String username = users.supervisor("told");
    for (int attempt = 1; attempt <= 7; attempt++) {
      me(here(), username, "wrong-" + attempt); // the sixth and seventh are refused unseen
    }

    JsonNode messages = inbox(username);
    assertThat(messages.path("totalElements").asInt()).as("told once").isEqualTo(1);
    JsonNode notice = messages.path("content").path(0);
    assertThat(notice.path("kind").asText()).isEqualTo("LOGIN_LOCKED_OUT");
    assertThat(notice.path("title").asText()).isEqualTo("您的账户登录已暂停");
    assertThat(notice.path("body").asText())
        .isEqualTo(
            "您的账户从地址 127.0.0.1 连续 5 次输错密码，该地址的登录已暂停至 2026-11-30 10:01:00（北京时间），"
                + "其他地址不受影响。如非本人操作，请联系管理员。");

    jdbc.update("UPDATE app_user SET failed_logins = 49 WHERE username = ?", username);
    me(elsewhere(), username, "wrong-50");
    ClockUtil.setCurrentTime(Date.from(START.plusSeconds(15 * 60)));
    notice = inbox(username).path("content").path(0);
    assertThat(notice.path("title").asText()).isEqualTo("您的账户已临时锁定");
    assertThat(notice.path("body").asText())
        .isEqualTo("您的账户连续 50 次输错密码，已锁定至 2026-11-30 10:15:00（北京时间）。如非本人操作，请联系管理员。");
  }

  @Test
  void anUnknownUsernameIsToldNothingAnywhere() {
    String unknown = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
    for (int attempt = 1; attempt <= 6; attempt++) {
      me(here(), unknown, "wrong-" + attempt);
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE recipient = ?", Integer.class, unknown))
        .isZero();
  }

  private JsonNode inbox(String username) throws Exception {
    ResponseEntity<String> response =
        call(elsewhere(), "/api/notifications", username, TestUsers.PASSWORD);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static void assertSameAnswer(ResponseEntity<String> a, ResponseEntity<String> b) {
    assertThat(a.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(a.getBody()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(b.getStatusCode()).isEqualTo(a.getStatusCode());
    assertThat(b.getBody()).isEqualTo(a.getBody());
    HttpHeaders left = new HttpHeaders();
    left.putAll(a.getHeaders());
    HttpHeaders right = new HttpHeaders();
    right.putAll(b.getHeaders());
    // the date and the length are the only headers a clock tick or nothing can change
    left.remove(HttpHeaders.DATE);
    right.remove(HttpHeaders.DATE);
    assertThat(right).isEqualTo(left);
  }

  private ResponseEntity<String> me(RestTemplate client, String username, String password) {
    return call(client, "/api/me", username, password);
  }

  private ResponseEntity<String> call(
      RestTemplate client, String path, String username, String password) {
    return client.exchange(
        "http://127.0.0.1:" + port + path,
        HttpMethod.GET,
        new HttpEntity<>(basic(username, password)),
        String.class);
  }

  private static HttpHeaders basic(String username, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(
        HttpHeaders.AUTHORIZATION,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  // a client calling from the loopback address 127.0.0.1
  private RestTemplate here() {
    return rest.getRestTemplate();
  }

  // a client calling from the loopback address 127.0.0.2: another client address
  private RestTemplate elsewhere() {
    return fromElsewhere;
  }

  private static RestTemplate fromAddress(String local) {
    DefaultRoutePlanner fromLocal =
        new DefaultRoutePlanner(null) {
          @Override
          protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
            try {
              return InetAddress.getByName(local);
            } catch (UnknownHostException e) {
              throw new IllegalStateException(e);
            }
          }
        };
    RestTemplate template =
        new RestTemplate(
            new HttpComponentsClientHttpRequestFactory(
                HttpClients.custom().setRoutePlanner(fromLocal).build()));
    template.setErrorHandler(
        new DefaultResponseErrorHandler() {
          @Override
          public boolean hasError(ClientHttpResponse response) {
            return false;
          }
        });
    return template;
  }
}
