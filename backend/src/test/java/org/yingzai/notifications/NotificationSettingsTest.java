package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Each user chooses its channels besides the inbox, over the API and on the inbox's settings page:
 * a bad e-mail address or mobile number, or a channel wanted without one, is refused with a stable
 * code and changes nothing; the channels whose transport is configured say so.
 */
@WithHall
class NotificationSettingsTest {

  @Autowired TestRestTemplate http;

  Hall hall;
  Journeys journeys;

  private static Map<String, Object> choice(
      String email, Boolean emailEnabled, String mobile, Boolean smsEnabled) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("emailEnabled", emailEnabled);
    body.put("mobile", mobile);
    body.put("smsEnabled", smsEnabled);
    return body;
  }

  @Test
  void aUserSetsItsChannelsAndABadOneChangesNothing() {
    Api clerk = journeys.as(hall.reviewer());
    JsonNode none = clerk.get("/api/me/notification-settings").body();
    assertThat(none.path("email").isNull()).isTrue();
    assertThat(none.path("emailEnabled").asBoolean()).isFalse();
    // the tests' service hall has a mail server and the local profile's logging SMS gateway
    assertThat(none.path("emailAvailable").asBoolean()).isTrue();
    assertThat(none.path("smsAvailable").asBoolean()).isTrue();

    Api.Response saved =
        clerk.put(
            "/api/me/notification-settings",
            choice(" reviewer@example.cn ", true, "13812345678", false));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.text("email")).isEqualTo("reviewer@example.cn");

    assertRefused(
        clerk, choice("not-an-address", true, "13900000000", true), "NOTIFICATION_EMAIL_INVALID");
    assertRefused(
        clerk, choice("new@example.cn", true, "12345", true), "NOTIFICATION_MOBILE_INVALID");
    assertRefused(clerk, choice("", true, null, false), "NOTIFICATION_EMAIL_REQUIRED");
    assertRefused(clerk, choice("new@example.cn", true, " ", true), "NOTIFICATION_MOBILE_REQUIRED");

    JsonNode kept = clerk.get("/api/me/notification-settings").body();
    assertThat(kept.path("email").asText()).isEqualTo("reviewer@example.cn");
    assertThat(kept.path("emailEnabled").asBoolean()).isTrue();
    assertThat(kept.path("mobile").asText()).isEqualTo("13812345678");
    assertThat(kept.path("smsEnabled").asBoolean()).isFalse();

    // each user has its own
    assertThat(journeys.as(hall.approver()).get("/api/me/notification-settings").text("email"))
        .isNull();
  }

  private static void assertRefused(Api api, Map<String, Object> body, String code) {
    Api.Response refused = api.put("/api/me/notification-settings", body);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.code()).isEqualTo(code);
    assertThat(refused.text("detail")).isNotBlank();
  }

  @Test
  void anAnonymousCallerHasNoSettings() {
    assertThat(Api.anonymous(http).get("/api/me/notification-settings").status()).isEqualTo(401);
  }

  @Test
  void theSettingsPageSavesWithItsTokenAndShowsARefusal() {
    WebSession enterprise = journeys.web(hall.otherEnterprise());
    assertThat(enterprise.get("/inbox").html()).contains("/inbox/settings");
    WebSession.Page page = enterprise.get("/inbox/settings");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html()).contains("name=\"_csrf\"").contains("name=\"email\"");

    WebSession.Page saved =
        enterprise.post(
            "/inbox/settings",
            Map.of("email", "boss@example.cn", "emailEnabled", "true", "mobile", ""));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/inbox/settings?saved");
    assertThat(enterprise.get("/inbox/settings?saved").html())
        .contains("boss@example.cn")
        .contains("已保存");

    WebSession.Page refused =
        enterprise.post("/inbox/settings", Map.of("email", "boss@", "emailEnabled", "true"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.html()).contains("电子邮箱地址“boss@”格式不正确").contains("field--error");
    assertThat(
            journeys.as(hall.otherEnterprise()).get("/api/me/notification-settings").text("email"))
        .isEqualTo("boss@example.cn");
  }
}
