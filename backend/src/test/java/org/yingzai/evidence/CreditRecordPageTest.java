package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The administrator keeps the dishonesty list on its page: add with a reason, then lift. */
@WithHall
class CreditRecordPageTest {

  Hall hall;
  Journeys journeys;

  @Test
  void anEnterpriseIsListedWithAReasonAndLifted() {
    String code = hall.otherApplicant().creditCode();
    WebSession admin = journeys.web(hall.admin());
    admin.get("/admin/credit-records");

    WebSession.Page unknown =
        admin.post(
            "/admin/credit-records",
            Map.of("creditCode", "91440300MA5XXXXXX0", "kind", "DISHONEST_LIST", "reason", "x"));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.html()).contains("id=\"add-error\"", "91440300MA5XXXXXX0");

    WebSession.Page added =
        admin.post(
            "/admin/credit-records",
            Map.of("creditCode", code, "kind", "DISHONEST_LIST", "reason", "拒不履行行政处罚决定"));
    assertThat(added.status()).isEqualTo(302);
    String listed = admin.get("/admin/credit-records?creditCode=" + code).html();
    assertThat(listed).contains("已列入失信名单", "拒不履行行政处罚决定", "tag tag--red");
    String id = listed.replaceAll("(?s).*id=\"record-(\\d+)\".*", "$1");

    WebSession.Page lifted =
        admin.post("/admin/credit-records/" + id + "/lift", Map.of("reason", "已履行处罚决定"));
    assertThat(lifted.status()).isEqualTo(302);
    assertThat(admin.get("/admin/credit-records?creditCode=" + code).html())
        .contains("已解除", "已履行处罚决定");
  }
}
