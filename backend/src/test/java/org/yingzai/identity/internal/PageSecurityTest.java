package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The web pages' session login, CSRF protection and headers, over plain HTTP. */
@WithHall
class PageSecurityTest {

  Hall hall;
  Journeys journeys;
  @Autowired TestRestTemplate http;
  @Autowired LoginThrottle throttle;
  @Autowired UserMapper users;

  @AfterEach
  void forgetFailures() {
    throttle.clear();
  }

  @Test
  void pagesCarryAPolicyThatAllowsNoInlineScript() {
    WebSession.Page login = WebSession.anonymous(http).get("/login");

    assertThat(login.status()).isEqualTo(200);
    String policy = login.header("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self'", "frame-ancestors 'self'");
    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(login.html()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
    assertThat(login.html()).doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void aFormSentWithoutItsCsrfTokenLogsNobodyIn() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", hall.enterprise());
    form.add("password", Hall.PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

    ResponseEntity<String> response =
        noRedirects()
            .exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    // refused as a form whose session is gone: back to the login, nobody logged in
    assertThat(response.getStatusCode().value()).isEqualTo(302);
    assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/login");
  }

  @Test
  void theFormLogsInIntoASessionThatPagesKnowButTheApiDoesNot() {
    WebSession enterprise = journeys.web(hall.enterprise());

    assertThat(enterprise.get("/login").html()).contains("退出登录");
    // the API stays stateless Basic: the session cookie does not log anyone in there
    assertThat(enterprise.get("/api/applications").status()).isEqualTo(401);
  }

  @Test
  void wrongPasswordsOnTheFormMakeItWaitAsOnTheApiReadingLikeAnUnknownUser() {
    String username = new TestUsers(users).supervisor("formlock");
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    WebSession visitor = WebSession.anonymous(http);
    for (int i = 0; i < 5; i++) {
      visitor.post("/login", Map.of("username", username, "password", "wrong-" + i));
      visitor.get("/login");
      visitor.post("/login", Map.of("username", unknown, "password", "wrong-" + i));
      visitor.get("/login");
    }

    String waiting = refusal(visitor, username, TestUsers.PASSWORD);
    assertThat(waiting).contains("用户名或密码不正确").doesNotContain("锁定");
    assertThat(refusal(visitor, unknown, TestUsers.PASSWORD)).isEqualTo(waiting);
  }

  // the message of the login form after a refused login
  private static String refusal(WebSession visitor, String username, String password) {
    WebSession.Page refused =
        visitor.post("/login", Map.of("username", username, "password", password));
    assertThat(refused.status()).isEqualTo(302);
    String html = visitor.get(refused.location().replaceFirst("^https?://[^/]+", "")).html();
    Matcher error = LOGIN_ERROR.matcher(html);
    assertThat(error.find()).isTrue();
    return error.group(1);
  }

  private static final Pattern LOGIN_ERROR =
      Pattern.compile("id=\"login-error\"[^>]*>(.*?)</div>", Pattern.DOTALL);

  @Test
  void anHtmxRequestWithoutASessionIsSentToTheLoginWithThePageItCameFrom() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("HX-Request", "true");
    headers.add("HX-Current-URL", "http://localhost/workbench?step=ACCEPT");

    ResponseEntity<String> response =
        http.exchange(
            "/workbench/queue", HttpMethod.GET, new HttpEntity<>(null, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst("HX-Redirect"))
        .isEqualTo("/login?target=%2Fworkbench%3Fstep%3DACCEPT");
  }

  @Test
  void aPageOfAnotherRoleIsForbidden() {
    assertThat(journeys.web(hall.enterprise()).get("/workbench").status()).isEqualTo(403);
  }

  @Test
  void aDisabledAccountsSessionEndsAtItsNextPage() {
    String username = new TestUsers(users).supervisor("session");
    WebSession session = WebSession.anonymous(http);
    assertThat(
            session
                .post("/login", Map.of("username", username, "password", TestUsers.PASSWORD))
                .status())
        .isEqualTo(302);
    assertThat(session.get("/login").html()).contains("退出登录");

    disable(username);

    WebSession.Page after = session.get("/inbox");
    assertThat(after.status()).isEqualTo(302);
    assertThat(after.location()).contains("/login");
  }

  private void disable(String username) {
    UserAccount account = users.findByUsername(username);
    users.update(
        new UserAccount(
            account.username(),
            account.passwordHash(),
            account.displayName(),
            account.role(),
            account.enterpriseId(),
            account.departmentCode(),
            account.stationCode(),
            false,
            account.failedLogins(),
            account.lockedUntil(),
            account.createdAt()));
  }

  @Test
  void aFormSentAfterTheSessionExpiredGoesToTheLoginAndBackToItsPage() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.REFERER, "http://localhost/my/applications/abc?x=1");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("_csrf", "a-token-of-a-session-that-is-gone");

    ResponseEntity<String> response =
        noRedirects()
            .exchange(
                "/my/applications/abc/form",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(302);
    assertThat(response.getHeaders().getLocation().toString())
        .endsWith("/login?target=%2Fmy%2Fapplications%2Fabc%3Fx%3D1");
  }

  @Test
  void anHtmxWriteAfterTheSessionExpiredSendsTheBrowserToTheLogin() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("HX-Request", "true");
    headers.add("HX-Current-URL", "http://localhost/workbench/tasks/t-1");
    headers.add("X-CSRF-TOKEN", "a-token-of-a-session-that-is-gone");

    ResponseEntity<String> response =
        noRedirects()
            .exchange(
                "/workbench/tasks/t-1/claim",
                HttpMethod.POST,
                new HttpEntity<>(null, headers),
                String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst("HX-Redirect"))
        .isEqualTo("/login?target=%2Fworkbench%2Ftasks%2Ft-1");
  }

  @Test
  void aStaleFormOfALiveSessionSaysThePageExpiredNotThatItIsForbidden() {
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications");

    WebSession.Page refused =
        enterprise.postWithToken(
            "/my/applications", Map.of("itemCode", hall.committedItem()), "stale");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.html()).contains("页面已过期");
  }

  private TestRestTemplate noRedirects() {
    return http.withRedirects(
        org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects
            .DONT_FOLLOW);
  }

  @Test
  void aPublicFormThatOutlivedItsSessionAsksForThePageAgainInsteadOfALogin() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
    headers.add(HttpHeaders.REFERER, "http://localhost/progress");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("number", "YZ20261201000001");
    form.add("_csrf", "a-token-of-a-session-that-is-gone");

    ResponseEntity<String> response =
        noRedirects()
            .exchange("/progress", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getBody()).contains("页面已过期");
  }

  @Test
  void thePagesFilesAreServedWithoutASessionAndKeptByTheBrowser() {
    WebSession.Page login = WebSession.anonymous(http).get("/login");
    java.util.regex.Matcher css =
        java.util.regex.Pattern.compile("href=\"(/css/hall-[0-9a-f]+\\.css)\"")
            .matcher(login.html());
    assertThat(css.find()).as("the stylesheet is addressed by its content").isTrue();

    ResponseEntity<String> file = noRedirects().getForEntity(css.group(1), String.class);

    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(file.getHeaders().getCacheControl()).contains("max-age=31536000");
    assertThat(file.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }
}
