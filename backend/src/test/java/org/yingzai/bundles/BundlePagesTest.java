package org.yingzai.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The enterprise's bundle pages: the bundles on offer, a new application, its one form with the
 * field errors said beside the fields, each material uploaded once, a refused submission that says
 * what is missing, and the submission that sends the items to their departments.
 */
@WithHall
class BundlePagesTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  String bundle;
  String name;

  @BeforeEach
  void bundleOfTwoDepartments() {
    TwoDepartmentBundle fixture = new TwoDepartmentBundle(jdbc, hall);
    bundle = fixture.code;
    name = fixture.name;
  }

  @Test
  void anEnterpriseAppliesForABundleOnItsPagesWithOneFormOneUploadAndOneSubmission() {
    WebSession web = journeys.web(hall.enterprise());
    assertThat(web.get("/my/bundles").html()).contains("一件事一次办", name, "两个部门的事项一次提交。");

    WebSession.Page created = web.post("/my/bundles", Map.of("bundleCode", bundle));
    assertThat(created.status()).isEqualTo(302);
    String path = created.location().replaceFirst("^https?://[^/]+", "");
    assertThat(path).startsWith("/my/bundles/");
    String page = web.get(path).html();
    assertThat(page).contains("一张表单", "拟设企业名称", "法定代表人身份证件", "测试登记", "测试参保", "填写中");

    WebSession.Page empty = web.post(path + "/form", Map.of("enterpriseName", ""));
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.html()).contains("field--error");
    assertThat(web.post(path + "/form", Map.of("enterpriseName", "示例新设公司")).status())
        .isEqualTo(302);
    assertThat(web.get(path).html()).contains("value=\"示例新设公司\"");

    WebSession.Page early = web.post(path + "/submit", Map.of());
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.html()).contains("submit-error", "测试登记");

    WebSession.Page uploaded =
        web.htmxUpload(
            path + "/materials", Map.of("materialCode", "B01"), "身份证.pdf", Files.pdf("身份证"));
    assertThat(uploaded.status()).isEqualTo(302);
    assertThat(web.get(path).html()).contains("已上传", "已齐备");

    // an item's own page sends the enterprise back to the bundle to submit
    String member =
        web.get(path).html().replaceAll("(?s).*href=\"/my/applications/([0-9a-f-]{36})\".*", "$1");
    assertThat(web.get("/my/applications/" + member).html())
        .contains("submitted-with-bundle", path)
        .doesNotContain("id=\"submit-application\"");

    WebSession.Page submitted = web.post(path + "/submit", Map.of());
    assertThat(submitted.status()).isEqualTo(302);
    String after = web.get(path).html();
    assertThat(after).contains("办理中", "整体时限", "首个事项受理后起算", "YZ");
    assertThat(web.get("/my/bundles").html()).contains(name, "办理中");

    // another enterprise is told it does not exist
    assertThat(journeys.web(hall.otherEnterprise()).get(path).status()).isEqualTo(404);
  }
}
