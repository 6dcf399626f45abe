package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.identity.IdentityFixtures;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The administrator registers an enterprise on its page, its credit code checked, and edits it. */
@WithHall
class EnterprisePagesTest {

  Hall hall;
  Journeys journeys;

  @Test
  void anEnterpriseIsRegisteredAfterAWrongCheckCharacterIsNamedAndThenEdited() {
    String code = IdentityFixtures.newCreditCode();
    char wrong = code.charAt(17) == '0' ? '1' : '0';
    String mistyped = code.substring(0, 17) + wrong;
    WebSession admin = journeys.web(hall.admin());
    admin.get("/admin/enterprises");

    WebSession.Page refused =
        admin.post(
            "/admin/enterprises",
            Map.of("creditCode", mistyped, "name", "页面登记企业", "legalRepresentative", "王五"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("的校验码（第 18 位）应为", "href=\"#creditCode\"", "页面登记企业");

    WebSession.Page registered =
        admin.post(
            "/admin/enterprises",
            Map.of("creditCode", code, "name", "页面登记企业", "legalRepresentative", "王五"));
    assertThat(registered.status()).isEqualTo(302);
    assertThat(admin.get("/admin/enterprises?q=" + code).html()).contains("页面登记企业");

    admin.get("/admin/enterprises/" + code);
    WebSession.Page blank =
        admin.post("/admin/enterprises/" + code, Map.of("name", " ", "legalRepresentative", "王五"));
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.html()).contains("href=\"#name\"");

    WebSession.Page saved =
        admin.post(
            "/admin/enterprises/" + code, Map.of("name", "页面改名企业", "legalRepresentative", "赵六"));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(
            journeys
                .as(hall.admin())
                .get("/api/admin/enterprises/" + code)
                .text("legalRepresentative"))
        .isEqualTo("赵六");
    assertThat(
            journeys
                .as(hall.supervisor())
                .get("/api/audit?object=enterprise:" + code)
                .body()
                .path("content")
                .findValuesAsText("action"))
        .containsExactly("ENTERPRISE_CHANGED", "ENTERPRISE_REGISTERED");
  }
}
