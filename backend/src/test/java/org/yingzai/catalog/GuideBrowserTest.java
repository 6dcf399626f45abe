package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Journeys;

/** A visitor finds an item in the guide, reads its guide, and follows an application's progress. */
class GuideBrowserTest extends BrowserTest {

  @Autowired TestRestTemplate http;

  @Test
  void aVisitorFindsAnItemReadsItsGuideAndQueriesProgress() {
    browser.get("/");
    assertThat(browser.heading()).isEqualTo("办事指南");
    browser.screenshot("guide");

    WebElement search = browser.find(By.id("q"));
    search.sendKeys("规划许可");
    search.submit();
    browser.waitFor(ExpectedConditions.urlContains("q="));
    browser.find(By.linkText("建设工程规划许可证核发")).click();

    browser.waitFor(ExpectedConditions.urlContains("/items/GX-PLAN-001"));
    assertThat(browser.heading()).isEqualTo("建设工程规划许可证核发");
    assertThat(browser.text(By.cssSelector("main"))).contains("承诺时限比法定时限压缩 60%");
    assertThat(browser.find(By.linkText("在线申请")).getAttribute("href"))
        .endsWith("/my/applications/new?item=GX-PLAN-001");
    browser.screenshot("item");

    Journeys journeys = new Journeys(http);
    String id = journeys.draftWithMaterials("enterprise", "GX-PLAN-001");
    Api.Response submitted =
        journeys.as("enterprise").post("/api/applications/" + id + "/submit", null);
    JsonNode application = submitted.body();
    assertThat(journeys.complete("clerk", id, "ACCEPT", null).status()).isEqualTo(200);
    browser.find(By.linkText("查询办件进度")).click();
    browser.waitFor(ExpectedConditions.urlContains("/progress"));
    browser.find(By.id("number")).sendKeys(application.path("number").asText());
    browser.find(By.id("queryCode")).sendKeys(application.path("queryCode").asText());
    browser.find(By.cssSelector("form[action$='/progress'] button[type=submit]")).click();

    assertThat(browser.text(By.id("result-heading"))).isEqualTo("查询结果");
    assertThat(browser.path()).isEqualTo("/progress");
    assertThat(browser.text(By.cssSelector(".progress-result")))
        .contains(application.path("number").asText(), "建设工程规划许可证核发", "审查", "正常")
        .doesNotContain(application.path("enterprise").path("name").asText());
    browser.screenshot("progress");
    browser.assertNoConsoleErrors();
  }
}
