package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.WebSession;

/** The public service guide over plain HTTP: the home page, search, and one item's guide. */
@IntegrationTest
class GuidePageTest {

  @Autowired TestRestTemplate http;

  @Test
  void theHomePageIsTheGuideInChineseWithTheFiveLifeCycleThemes() {
    WebSession.Page home = WebSession.anonymous(http).get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Content-Type")).startsWith("text/html");
    assertThat(home.html())
        .contains("<html lang=\"zh-CN\"", "办事指南", "搜索事项")
        .contains("企业开办", "投资建设", "经营许可", "日常经营", "注销退出")
        .contains("建设工程规划许可证核发", "/items/GX-PLAN-001", "压缩 60%");
    // the themes in the order of an enterprise's life
    assertThat(home.html().indexOf("theme-START_UP"))
        .isLessThan(home.html().indexOf("theme-INVESTMENT_CONSTRUCTION"));
    assertThat(home.html().indexOf("theme-OPERATIONS"))
        .isLessThan(home.html().indexOf("theme-EXIT"));
  }

  @Test
  void theGuideFindsItemsByNameOrCodeAndByDepartment() {
    WebSession visitor = WebSession.anonymous(http);

    String byName = visitor.get("/?q=规划许可").html();
    String byCode = visitor.get("/?q=gx-mkt-002").html();
    String byDepartment = visitor.get("/?department=environment").html();

    assertThat(byName).contains("建设工程规划许可证核发").doesNotContain("食品经营许可</a>");
    assertThat(byCode).contains("食品经营许可").doesNotContain("建设工程规划许可证核发");
    assertThat(byDepartment).contains("排污许可证核发").doesNotContain("企业设立登记");
    assertThat(visitor.get("/?q=没有这个事项").html()).contains("没有找到符合条件的事项");
  }

  @Test
  void anItemsGuideShowsTheReductionAndWhatTheApplicantDoesForEachMaterial() {
    WebSession.Page plan = WebSession.anonymous(http).get("/items/GX-PLAN-001");

    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.html())
        .contains("建设工程规划许可证核发", "规划建设局", "承诺件")
        .contains("承诺时限比法定时限压缩 60%")
        .contains("不收费", "《中华人民共和国城乡规划法》第四十条")
        .contains("规划建设局窗口")
        .contains("无需提交：通过市场主体登记信息共享核验")
        .contains("需上传")
        .contains("/my/applications/new?item=GX-PLAN-001");

    String food = WebSession.anonymous(http).get("/items/GX-MKT-002").html();
    assertThat(food)
        .contains("签署告知承诺书即可", "<details", "commitment-text")
        .contains("无需提交：已取消")
        .contains("无需提交：由部门内部核验");
  }

  @Test
  void anInstantItemIsDecidedOnTheSpot() {
    assertThat(WebSession.anonymous(http).get("/items/GX-MKT-001").html()).contains("即办件", "当场办结");
  }

  @Test
  void anUnknownItemIsNotFound() {
    WebSession.Page missing = WebSession.anonymous(http).get("/items/NOPE");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.html()).contains("事项“NOPE”不存在");
  }
}
