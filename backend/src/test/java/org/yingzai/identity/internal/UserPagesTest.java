package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The administrator's user pages: list, create, duties and station, unlock, disable. */
@WithHall
class UserPagesTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  private JsonNode user(String username) {
    return journeys.as(hall.admin()).get("/api/admin/users/" + username).body();
  }

  @Test
  void anAdministratorStartsOnTheAdministrationPage() {
    WebSession visitor = WebSession.anonymous(http);
    WebSession.Page loggedIn =
        visitor.post("/login", Map.of("username", hall.admin(), "password", Hall.PASSWORD));
    assertThat(loggedIn.location()).endsWith("/admin");
    assertThat(visitor.get("/admin").html()).contains("/admin/calendar", "/admin/credit-records");
  }

  @Test
  void theDepartmentsUsersAreListed() {
    WebSession.Page list =
        journeys.web(hall.admin()).get("/admin/users?role=CLERK&department=" + hall.department());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.html())
        .contains("/admin/users/" + hall.clerk(), "/admin/users/" + hall.reviewer())
        .doesNotContain("/admin/users/" + hall.supervisor() + "\"");
  }

  @Test
  void aClerkIsCreatedWithARefusedPasswordNamedBesideItFirst() {
    String username = "page-" + UUID.randomUUID().toString().substring(0, 8);
    WebSession admin = journeys.web(hall.admin());
    admin.get("/admin/users/new");
    Map<String, Object> form = new HashMap<>();
    form.put("username", username);
    form.put("displayName", "页面新建窗口");
    form.put("password", "short");
    form.put("role", "CLERK");
    form.put("departmentCode", hall.department());
    form.put("duties", List.of("accept"));
    WebSession.Page refused = admin.post("/admin/users", form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("密码太弱", "href=\"#password\"", "value=\"" + username + "\"");

    form.put("password", "Page#2026clerk");
    form.put("stationCode", "station-xinglong");
    WebSession.Page created = admin.post("/admin/users", form);
    assertThat(created.status()).as(created.html()).isEqualTo(302);
    assertThat(created.location()).endsWith("/admin/users/" + username);
    JsonNode user = user(username);
    assertThat(user.path("role").asText()).isEqualTo("CLERK");
    assertThat(user.path("station").path("code").asText()).isEqualTo("station-xinglong");

    admin.get("/admin/users/" + username);
    WebSession.Page changed =
        admin.post(
            "/admin/users/" + username,
            Map.of(
                "displayName", "页面新建窗口",
                "duties", List.of("accept", "review"),
                "stationCode", ""));
    assertThat(changed.status()).isEqualTo(302);
    user = user(username);
    assertThat(user.path("duties"))
        .extracting(JsonNode::asText)
        .containsExactly("accept", "review");
    assertThat(user.path("station").isNull() || user.path("station").isMissingNode()).isTrue();

    WebSession.Page noDuty =
        admin.post("/admin/users/" + username, Map.of("displayName", "页面新建窗口", "stationCode", ""));
    assertThat(noDuty.status()).isEqualTo(422);
    assertThat(noDuty.html()).contains("href=\"#duties\"");
  }

  @Test
  void aLockedUserIsUnlockedAndAUserDisabledAndEnabled() {
    String clerk = hall.colleague("locked", "accept");
    jdbc.update(
        "UPDATE app_user SET failed_logins = 10, locked_until = ? WHERE username = ?",
        Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS)),
        clerk);
    WebSession admin = journeys.web(hall.admin());
    assertThat(admin.get("/admin/users/" + clerk).html()).contains("已锁定", "解锁");

    assertThat(admin.post("/admin/users/" + clerk + "/unlock", Map.of()).status()).isEqualTo(302);
    assertThat(user(clerk).path("locked").asBoolean()).isFalse();
    assertThat(user(clerk).path("failedLogins").asInt()).isZero();

    admin.get("/admin/users/" + clerk);
    assertThat(
            admin.post("/admin/users/" + clerk + "/enabled", Map.of("enabled", "false")).status())
        .isEqualTo(302);
    assertThat(user(clerk).path("enabled").asBoolean()).isFalse();
    assertThat(admin.get("/admin/users/" + clerk).html()).contains("已停用", "启用");
    assertThat(admin.post("/admin/users/" + clerk + "/enabled", Map.of("enabled", "true")).status())
        .isEqualTo(302);
    assertThat(user(clerk).path("enabled").asBoolean()).isTrue();
  }
}
