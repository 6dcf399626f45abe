package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The counter's pages: a station clerk takes an application for an enterprise that is present, is
 * told beside the form what is wrong (never echoing the ID number), prepares the draft on the same
 * apply page as the enterprise would, scans the authorization letter and submits; a clerk without
 * the duty receive has no counter.
 */
@WithHall
class IntakePagesTest {

  private static final String ID_NUMBER = "11010519491231002X";

  Hall hall;
  Journeys journeys;

  String stationClerk;

  @BeforeEach
  void station() {
    stationClerk =
        hall.receiver("page-clerk", hall.station("STATION", hall.quickItem(), hall.permitItem()));
  }

  @Test
  void aStationClerkTakesPreparesAndSubmitsAnApplicationOnTheCounterPages() {
    WebSession web = journeys.web(stationClerk);
    String counter = web.get("/workbench/intake").html();
    assertThat(counter).contains("窗口收件", "开始收件", "测试便民服务站");
    assertThat(web.get("/").html()).contains("href=\"/workbench/intake\"");

    Map<String, String> form = new HashMap<>();
    form.put("itemCode", hall.quickItem());
    form.put("enterpriseCreditCode", hall.applicant().creditCode());
    form.put("personName", "张卫东");
    form.put("idType", "RESIDENT_ID");
    form.put("idNumber", "110105194912310021");
    form.put("resultDelivery", "STATION");
    WebSession.Page refused = web.post("/workbench/intake", form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("证件号码不是有效的居民身份证号码").doesNotContain("110105194912310021");
    assertThat(refused.html()).contains("value=\"张卫东\"");

    form.put("idNumber", ID_NUMBER);
    WebSession.Page taken = web.post("/workbench/intake", form);
    assertThat(taken.status()).isEqualTo(302);
    String path = taken.location().replaceFirst("^https?://[^/]+", "");
    assertThat(path).startsWith("/workbench/intake/");
    String draft = web.get(path).html();
    assertThat(draft)
        .contains("收件", "张卫东", "110***********002X", "授权委托书尚未扫描", "到收件窗口领取")
        .doesNotContain(ID_NUMBER);

    String id = path.substring(path.lastIndexOf('/') + 1);
    WebSession.Page early = web.post(path + "/submit", Map.of("idempotencyKey", "k-" + id));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.html()).contains("请先扫描上传授权委托书");

    WebSession.Page letter =
        web.htmxUpload(path + "/authorization", Map.of(), "授权委托书.pdf", Files.pdf("授权"));
    assertThat(letter.status()).isEqualTo(302);
    assertThat(web.get(path).html()).contains("授权委托书已扫描");

    WebSession.Page submitted = web.post(path + "/submit", Map.of("idempotencyKey", "k2-" + id));
    assertThat(submitted.status()).isEqualTo(302);
    assertThat(submitted.location()).contains("/workbench/intake/" + id + "?submitted");
    assertThat(web.get(path).html()).contains("YZ", "张卫东");
    assertThat(web.get("/workbench/intake").html()).contains("YZ");

    // the enterprise follows it on its own pages and may take the result online instead
    WebSession mine = journeys.web(hall.enterprise());
    assertThat(mine.get("/my/applications/" + id).html())
        .contains("YZ", "taken-at-counter", "110***********002X")
        .doesNotContain(ID_NUMBER);
    WebSession.Page chosen =
        mine.post(
            "/my/applications/" + id + "/result-delivery", Map.of("resultDelivery", "ONLINE"));
    assertThat(chosen.status()).isEqualTo(302);
    assertThat(journeys.application(hall.enterprise(), id).path("resultDelivery").asText())
        .isEqualTo("ONLINE");

    // the supervisor's figures count it at its station
    String channels = journeys.web(hall.supervisor()).get("/board/channels").html();
    assertThat(channels).contains("受理渠道与就近办理", "便民服务站", "测试便民服务站");
    assertThat(journeys.web(hall.supervisor()).get("/board").html()).contains("/board/channels");

    // a department clerk has no counter
    assertThat(journeys.web(hall.clerk()).get("/workbench/intake").status()).isEqualTo(403);
    assertThat(journeys.web(hall.clerk()).get("/").html()).doesNotContain("/workbench/intake");
  }

  @Test
  void theCounterSignsACommitmentOnTheScreenThroughTheApplyPagesProofs() {
    Map<String, Object> person =
        Map.of(
            "name",
            "张卫东",
            "idType",
            "RESIDENT_ID",
            "idNumber",
            ID_NUMBER,
            "legalRepresentative",
            true);
    String id =
        journeys
            .as(stationClerk)
            .post(
                "/api/intake/applications",
                Map.of(
                    "itemCode",
                    hall.permitItem(),
                    "enterpriseCreditCode",
                    hall.applicant().creditCode(),
                    "person",
                    person))
            .text("id");
    WebSession web = journeys.web(stationClerk);
    String path = "/workbench/intake/" + id;
    assertThat(web.get(path).html()).contains("M08");
    WebSession.Page proofs = web.htmx(path + "/proofs");
    assertThat(proofs.status()).isEqualTo(200);
    assertThat(proofs.html()).contains(path + "/commitments");

    var text = journeys.commitmentText(journeys.as(stationClerk), id, "M08");
    WebSession.Page signed =
        web.post(
            path + "/commitments",
            Map.of(
                "materialCode",
                "M08",
                "textVersion",
                text.path("version").asText(),
                "textSha256",
                text.path("sha256").asText()));
    assertThat(signed.status()).isEqualTo(200);
    var standing =
        journeys.as(stationClerk).get("/api/applications/" + id + "/proofs").body().path("proofs");
    boolean witnessed = false;
    for (var proof : standing) {
      if ("M08".equals(proof.path("materialCode").asText())) {
        witnessed = stationClerk.equals(proof.path("signature").path("witnessedBy").asText());
        assertThat(proof.path("signature").path("signerName").asText()).isEqualTo("张卫东");
      }
    }
    assertThat(witnessed).as(standing.toString()).isTrue();
  }
}
