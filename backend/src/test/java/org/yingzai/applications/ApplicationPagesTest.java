package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The enterprise's application pages over plain HTTP: the same services and refusals as the API.
 */
@WithHall
class ApplicationPagesTest {

  Hall hall;
  Journeys journeys;

  @Test
  void theListShowsTheEnterprisesOwnDraftsOnly() {
    String id = startedThroughThePage(hall.enterprise());

    String mine = journeys.web(hall.enterprise()).get("/my/applications?size=100").html();
    String theirs = journeys.web(hall.otherEnterprise()).get("/my/applications?size=100").html();

    assertThat(mine).contains("/my/applications/" + id, hall.permitItemName(), "class=\"stack\"");
    assertThat(theirs).doesNotContain(id);
  }

  @Test
  void theListFiltersByStatusAndShowsAnEmptyStatePointingToTheGuide() {
    WebSession enterprise = journeys.web(hall.enterprise());

    WebSession.Page withdrawn = enterprise.get("/my/applications?status=WITHDRAWN");

    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.html()).contains("没有该状态的办件", "href=\"/\"");
    assertThat(enterprise.get("/my/applications?size=101").status()).isEqualTo(400);
  }

  @Test
  void startingTwiceWithTheSameKeyMakesOneDraft() {
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/new?item=" + hall.permitItem());
    String key = UUID.randomUUID().toString();
    Map<String, String> form = Map.of("itemCode", hall.permitItem(), "idempotencyKey", key);

    WebSession.Page first = enterprise.post("/my/applications", form);
    WebSession.Page second = enterprise.post("/my/applications", form);

    assertThat(first.status()).isEqualTo(302);
    assertThat(second.location()).isEqualTo(first.location());
    assertThat(enterprise.get("/my/applications/new?item=NO-SUCH-hall.permitItem()").status())
        .isEqualTo(404);
  }

  @Test
  void anotherEnterprisesApplicationIsNotFoundAndClerksHaveNoEnterprisePages() {
    String id = journeys.submitted(hall.enterprise(), hall.permitItem());

    assertThat(journeys.web(hall.otherEnterprise()).get("/my/applications/" + id).status())
        .isEqualTo(404);
    assertThat(
            journeys.web(hall.otherEnterprise()).get("/my/applications/" + id + "/proofs").status())
        .isEqualTo(404);
    assertThat(journeys.web(hall.outsider()).get("/my/applications/" + id).status()).isEqualTo(403);
    WebSession owner = journeys.web(hall.enterprise());
    WebSession.Page page = owner.get("/my/applications/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html()).contains("办理时限", "办理过程", "/applications/" + id + "/proofs");
  }

  @Test
  void aDoubleSubmitWithOneKeySubmitsOnce() {
    String id = journeys.draftWithMaterials(hall.enterprise(), hall.permitItem());
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/" + id);
    Map<String, String> key = Map.of("idempotencyKey", UUID.randomUUID().toString());

    WebSession.Page first = enterprise.post("/my/applications/" + id + "/submit", key);
    WebSession.Page second = enterprise.post("/my/applications/" + id + "/submit", key);

    assertThat(first.status()).isEqualTo(302);
    assertThat(second.status()).isEqualTo(302);
    assertThat(second.location()).isEqualTo(first.location()).endsWith(id + "?submitted");
    JsonNode app = journeys.application(hall.enterprise(), id);
    assertThat(app.path("status").asText()).isEqualTo("SUBMITTED");
    long submissions = 0;
    for (JsonNode entry : app.path("timeline")) {
      if ("SUBMITTED".equals(entry.path("action").asText())) {
        submissions++;
      }
    }
    assertThat(submissions).isEqualTo(1);
    WebSession.Page shown = enterprise.get(first.location().replaceFirst("^https?://[^/]+", ""));
    assertThat(shown.html()).contains("申请已提交", app.path("number").asText());
  }

  @Test
  void submittingWithMaterialsMissingNamesEveryOneAtTheTopAndBesideIt() {
    String id = startedThroughThePage(hall.enterprise());
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/" + id);

    WebSession.Page refused =
        enterprise.post(
            "/my/applications/" + id + "/submit",
            Map.of("idempotencyKey", UUID.randomUUID().toString()));

    assertThat(refused.status()).isEqualTo(422);
    String html = refused.html();
    assertThat(html).contains("id=\"submit-error\"");
    // uploads, the shared licence and the signed commitment, each in the summary and beside it
    for (String name :
        new String[] {"食品经营许可申请书", "主要设备设施、经营布局和操作流程文件", "食品安全管理制度", "营业执照", "经营场所使用证明"}) {
      assertThat(html.split(java.util.regex.Pattern.quote(name), -1).length - 1)
          .as("%s named at the top and beside the material", name)
          .isGreaterThanOrEqualTo(3);
    }
    assertThat(html)
        .contains("href=\"#material-M01\"", "href=\"#material-M02\"", "href=\"#material-M08\"");
    assertThat(html).contains("请获取“营业执照”的共享数据", "请阅读并签署“经营场所使用证明”的告知承诺书");
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("DRAFT");
  }

  @Test
  void aFormWithErrorsShowsThemBesideTheFieldsAndKeepsWhatWasTyped() {
    String id = startedThroughThePage(hall.enterprise());
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/" + id);

    WebSession.Page refused =
        enterprise.post(
            "/my/applications/" + id + "/form",
            Map.of("projectName", " ", "contactName", "王五", "contactPhone", "12345", "note", ""));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .contains("请填写项目名称 / 申请内容。", "联系电话须为 11 位手机号码", "value=\"12345\"", "value=\"王五\"")
        .contains("id=\"form-contactPhone-error\"", "id=\"form-projectName-error\"");
    assertThat(journeys.application(hall.enterprise(), id).path("form").size()).isZero();

    WebSession.Page saved =
        enterprise.post(
            "/my/applications/" + id + "/form",
            Map.of("projectName", "城南门店", "contactName", "王五", "contactPhone", "13800138000"));
    assertThat(saved.status()).isEqualTo(302);
    JsonNode form = journeys.application(hall.enterprise(), id).path("form");
    assertThat(form.path("projectName").asText()).isEqualTo("城南门店");
    assertThat(form.path("contactPhone").asText()).isEqualTo("13800138000");
  }

  @Test
  void theApplyPageShowsTheItemsOwnFieldsByTypeWithTheirErrorsBesideThem() {
    String id =
        journeys
            .as(hall.enterprise())
            .post("/api/applications", Map.of("itemCode", hall.formItem()))
            .text("id");
    WebSession enterprise = journeys.web(hall.enterprise());

    String page = enterprise.get("/my/applications/" + id).html();
    assertThat(page)
        .contains("项目名称 / 申请内容", "用地面积（平方米）", "计划开工日期", "用地性质", "填写数字，如 1250 或 1250.5。")
        .contains("id=\"form-landArea\"", "inputmode=\"decimal\"", "type=\"date\"", "type=\"tel\"")
        .contains("<select id=\"form-landUse\"", "<option value=\"工业用地\">", "maxlength=\"100\"")
        .doesNotContain("id=\"form-contactName\"", "id=\"form-note\"");
    assertThat(page.split("（必填）", -1).length - 1).isEqualTo(2);

    WebSession.Page refused =
        enterprise.post(
            "/my/applications/" + id + "/form",
            Map.of(
                "projectName", "研发楼",
                "landArea", "很大",
                "plannedStart", "明天",
                "landUse", "住宅用地",
                "isAdmin", "true"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .contains("id=\"form-landArea-error\"", "用地面积（平方米）须为数字")
        .contains("id=\"form-plannedStart-error\"", "id=\"form-landUse-error\"")
        .contains("value=\"很大\"", "value=\"明天\"")
        .doesNotContain("id=\"form-projectName-error\"", "isAdmin");
    assertThat(journeys.application(hall.enterprise(), id).path("form").size()).isZero();

    WebSession.Page saved =
        enterprise.post(
            "/my/applications/" + id + "/form",
            Map.of(
                "projectName", "研发楼",
                "landArea", "1250.5",
                "plannedStart", "2026-03-01",
                "landUse", "工业用地",
                "isAdmin", "true"));
    assertThat(saved.status()).isEqualTo(302);
    JsonNode form = journeys.application(hall.enterprise(), id).path("form");
    assertThat(form.path("landArea").decimalValue()).isEqualByComparingTo("1250.5");
    assertThat(form.path("plannedStart").asText()).isEqualTo("2026-03-01");
    assertThat(form.path("landUse").asText()).isEqualTo("工业用地");
    assertThat(form.has("isAdmin")).isFalse();
    assertThat(enterprise.get("/my/applications/" + id).html())
        .contains("<option value=\"工业用地\" selected=\"selected\">");
  }

  @Test
  void theApiSavesTheFormWithTheSameChecks() {
    Api enterprise = journeys.as(hall.enterprise());
    String id =
        enterprise.post("/api/applications", Map.of("itemCode", hall.permitItem())).text("id");

    Api.Response refused =
        enterprise.put(
            "/api/applications/" + id + "/form", Map.of("projectName", "门店", "contactPhone", "1"));
    Api.Response saved =
        enterprise.put("/api/applications/" + id + "/form", Map.of("projectName", " 门店 "));
    Api.Response strangers =
        journeys
            .as(hall.otherEnterprise())
            .put("/api/applications/" + id + "/form", Map.of("projectName", "x"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("FORM_INVALID");
    assertThat(refused.body().path("errors").get(0).path("field").asText())
        .isEqualTo("contactPhone");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body().path("form").path("projectName").asText()).isEqualTo("门店");
    assertThat(strangers.status()).isEqualTo(404);
  }

  @Test
  void theDraftsSharedAndCommittedProofsArriveAsPartsOfThePage() {
    String id = startedThroughThePage(hall.enterprise());
    WebSession enterprise = journeys.web(hall.enterprise());
    WebSession.Page page = enterprise.get("/my/applications/" + id);
    assertThat(page.html()).contains("id=\"proof-M02\"", "id=\"proof-M08\"", "无需提交：由承办部门自行核验。");

    WebSession.Page proofs = enterprise.htmx("/my/applications/" + id + "/proofs");

    assertThat(proofs.status()).isEqualTo(200);
    assertThat(proofs.html())
        .contains("id=\"proof-M02\"", "hx-swap-oob=\"true\"", "获取并预览")
        .contains("id=\"proof-M08\"", "class=\"commitment-text\"", "签署承诺", "name=\"textSha256\"")
        .doesNotContain("id=\"proof-M05\"", "id=\"proof-M06\"");
  }

  @Test
  void anUploadIsSavedAtOnceAndARefusedFileIsNamedBesideItsMaterial() {
    String id = startedThroughThePage(hall.enterprise());
    WebSession enterprise = journeys.web(hall.enterprise());
    enterprise.get("/my/applications/" + id);
    String path = "/my/applications/" + id + "/materials";

    WebSession.Page stored =
        enterprise.htmxUpload(
            path, Map.of("materialCode", "M01"), "申请书.pdf", org.yingzai.support.Files.pdf("M01"));
    WebSession.Page refused =
        enterprise.htmxUpload(
            path, Map.of("materialCode", "M03"), "清单.txt", org.yingzai.support.Files.text());

    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.html()).startsWith("<section").contains("id=\"materials\"", "申请书.pdf", "已保存");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html()).contains("只接受 PDF、JPEG、PNG 或 OFD 文件");
    assertThat(refused.html().indexOf("只接受 PDF"))
        .isGreaterThan(refused.html().indexOf("id=\"material-M03\""))
        .isLessThan(refused.html().indexOf("id=\"material-M04\""));
    assertThat(journeys.application(hall.enterprise(), id).path("materials")).hasSize(1);
  }

  private String startedThroughThePage(String username) {
    WebSession session = journeys.web(username);
    assertThat(session.get("/my/applications/new?item=" + hall.permitItem()).html())
        .contains("开始申请");
    WebSession.Page created =
        session.post(
            "/my/applications",
            Map.of("itemCode", hall.permitItem(), "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(created.status()).isEqualTo(302);
    return created.location().replaceFirst(".*/my/applications/", "");
  }

  @Test
  void aSubmittedApplicationIsWithdrawnFromItsPageWithAReasonAndThenOffersNoWithdrawal() {
    String id = journeys.submitted(hall.otherEnterprise(), hall.committedItem());
    String draft = journeys.draftWithMaterials(hall.otherEnterprise(), hall.committedItem());
    WebSession enterprise = journeys.web(hall.otherEnterprise());
    String form = "action=\"/my/applications/" + id + "/withdraw\"";

    String page = enterprise.get("/my/applications/" + id).html();
    assertThat(page).contains(form, "撤回申请", "data-confirm=\"确认撤回办件", "name=\"reason\"");
    assertThat(enterprise.get("/my/applications/" + draft).html()).doesNotContain("/withdraw\"");

    WebSession.Page blank =
        enterprise.post("/my/applications/" + id + "/withdraw", Map.of("reason", " "));
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.html()).contains("撤回申请须写明理由", form);
    WebSession other = journeys.web(hall.enterprise());
    other.get("/my/applications");
    assertThat(other.post("/my/applications/" + id + "/withdraw", Map.of("reason", "别人的")).status())
        .isEqualTo(404);
    assertThat(journeys.application(hall.otherEnterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");

    enterprise.get("/my/applications/" + id);
    WebSession.Page withdrawn =
        enterprise.post("/my/applications/" + id + "/withdraw", Map.of("reason", "不再需要"));
    assertThat(withdrawn.status()).isEqualTo(302);
    assertThat(withdrawn.location()).endsWith("/my/applications/" + id + "?withdrawn");

    String after = enterprise.get("/my/applications/" + id + "?withdrawn").html();
    assertThat(after).contains("申请已撤回", "已撤回", "申请人撤回申请", "不再需要").doesNotContain(form);
    assertThat(enterprise.get("/my/applications?status=WITHDRAWN&size=100").html())
        .contains("/my/applications/" + id);
  }
}
