package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The administrator's proof catalogue pages: find, edit, publish a text version, import. */
@WithHall
class ProofPagesTest {

  private static final String HEADER =
      "code,name,issuingAuthority,disposition,evidenceType,provider,fallback,"
          + "verificationMethod,verificationDays,riskLevel,basis,note,commitmentText\n";

  Hall hall;
  Journeys journeys;

  @Test
  void aProofIsFoundAndEditedAndARefusedFieldIsNamedBesideIt() {
    String code = hall.verifiedProof();
    WebSession admin = journeys.web(hall.admin());
    WebSession.Page list = admin.get("/admin/proofs?q=" + code);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.html()).contains("/admin/proofs/" + code, "共 1 项");

    WebSession.Page page = admin.get("/admin/proofs/" + code);
    assertThat(page.status()).isEqualTo(200);
    Map<String, String> form = new HashMap<>();
    form.put("name", "改名后的核验证明");
    form.put("issuingAuthority", "测试核验单位");
    form.put("disposition", "DEPARTMENT_VERIFICATION");
    form.put("riskLevel", "HIGH");
    WebSession.Page saved = admin.post("/admin/proofs/" + code, form);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(admin.get("/admin/proofs/" + code).html()).contains("改名后的核验证明", "已保存");
    assertThat(journeys.as(hall.admin()).get("/api/admin/proofs/" + code).text("riskLevel"))
        .isEqualTo("HIGH");

    form.put("disposition", "DATA_SHARING");
    WebSession.Page refused = admin.post("/admin/proofs/" + code, form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .contains("未作任何修改", "href=\"#provider\"", "class=\"field field--error\"")
        .contains("改名后的核验证明");
    assertThat(journeys.as(hall.admin()).get("/api/admin/proofs/" + code).text("disposition"))
        .isEqualTo("DEPARTMENT_VERIFICATION");
  }

  @Test
  void aNewCommitmentTextVersionIsPublished() {
    String code = hall.residenceProof();
    WebSession admin = journeys.web(hall.admin());
    assertThat(admin.get("/admin/proofs/" + code).html()).contains("现行第 1 版");

    WebSession.Page published =
        admin.post(
            "/admin/proofs/" + code + "/commitment-texts",
            Map.of("text", "本单位承诺：住所真实，可以联系；如有不实，愿意承担法律责任。"));
    assertThat(published.status()).isEqualTo(302);
    assertThat(admin.get("/admin/proofs/" + code).html()).contains("已发布为第 2 版", "现行第 2 版", "第 1 版");
  }

  @Test
  void aDryRunListsEveryBadRowWithItsLineAndColumnAndChangesNothing() {
    WebSession admin = journeys.web(hall.admin());
    admin.get("/admin/proofs");
    String csv =
        HEADER + "ZZ-PAGE-1,页面导入一,测试单位,PURPLE,,,,,,,,,\n" + "ZZ-PAGE-2,,测试单位,REQUIRED,,,,,,,,,\n";
    WebSession.Page refused =
        admin.htmxUpload(
            "/admin/proofs/import",
            Map.of("dryRun", "true"),
            "proofs.csv",
            csv.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .contains("导入文件有 2 行有误")
        .containsPattern("<td[^>]*>2</td>\\s*<td[^>]*>disposition</td>")
        .containsPattern("<td[^>]*>3</td>\\s*<td[^>]*>name</td>");
    assertThat(journeys.as(hall.admin()).get("/api/admin/proofs/ZZ-PAGE-1").status())
        .isEqualTo(404);

    String good = HEADER + "ZZ-PAGE-3,页面导入三,测试单位,REQUIRED,,,,,,,,,\n";
    WebSession.Page dryRun =
        admin.htmxUpload(
            "/admin/proofs/import",
            Map.of("dryRun", "true"),
            "proofs.csv",
            good.getBytes(StandardCharsets.UTF_8));
    assertThat(dryRun.status()).isEqualTo(200);
    assertThat(dryRun.html()).contains("将新增 1 项", "ZZ-PAGE-3");
    assertThat(journeys.as(hall.admin()).get("/api/admin/proofs/ZZ-PAGE-3").status())
        .isEqualTo(404);
  }

  @Test
  void theCatalogueIsExported() {
    String code = hall.verifiedProof();
    WebSession admin = journeys.web(hall.admin());
    WebSession.Page csv = admin.get("/admin/proofs/export?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).contains("attachment");
    assertThat(csv.html()).contains(code);
  }
}
