package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Journeys;

/**
 * One application from the service guide to its approval, entirely in the browser and with the demo
 * accounts: the enterprise finds the item and applies (an upload, shared evidence consented to, a
 * commitment signed), the department asks for one material, the enterprise supplies it on the
 * application's page, the department accepts, reviews and approves, the enterprise sees the whole
 * timeline, the public finds its progress, and another enterprise or department finds nothing.
 */
class HallJourneyBrowserTest extends BrowserTest {

  private static final String ITEM_NAME = "食品经营许可";

  @Autowired TestRestTemplate http;

  @Test
  void anApplicationGoesFromTheGuideToApprovalWithoutLeavingTheBrowser() throws IOException {
    // the enterprise finds the item in the guide and starts; the login comes in between
    browser.get("/");
    browser.find(By.id("q")).sendKeys("食品经营", Keys.ENTER);
    browser.find(By.linkText(ITEM_NAME)).click();
    assertThat(browser.heading()).isEqualTo(ITEM_NAME);
    browser.find(By.linkText("在线申请")).click();
    assertThat(browser.path()).startsWith("/login");
    browser.submitLogin("enterprise", org.yingzai.support.Api.DEMO_PASSWORD);
    assertThat(browser.path()).startsWith("/my/applications/new?item=GX-MKT-002");
    browser.find(By.id("start-application")).click();
    browser.waitFor(ExpectedConditions.urlMatches("/my/applications/[0-9a-f-]{36}$"));
    String id = browser.path().replaceFirst(".*/my/applications/", "");

    // the form, the uploads, the shared licence previewed and consented to, the commitment signed
    browser.find(By.id("form-projectName")).sendKeys("高新路门店食品经营");
    browser.find(By.id("form-contactName")).sendKeys("李娜");
    browser.find(By.id("form-contactPhone")).sendKeys("13900139000");
    browser.find(By.id("save-form")).click();
    browser.waitFor(ExpectedConditions.textToBe(By.id("form-saved"), "已保存"));
    for (String material : new String[] {"M01", "M03", "M04", "M07"}) {
      browser.uploadPdf(material);
    }
    browser.find(By.id("preview-M02")).click();
    browser.find(By.id("consent-M02")).click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("proof-M02"), "已确认共享数据"));
    browser.find(By.id("sign-M08")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("proof-M08"), "已签署"));
    // what is still missing follows every step without a reload
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("apply-readiness"), "材料已齐备"));
    browser.find(By.id("submit-application")).click();
    browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
    browser.waitFor(ExpectedConditions.urlContains("?submitted"));
    String number = browser.text(By.id("submitted-number"));
    String queryCode = browser.text(By.id("submitted-query-code"));
    assertThat(number).startsWith("YZ");
    assertThat(queryCode).hasSize(8);
    browser.assertNoConsoleErrors();
    browser.logout();

    // the department asks, once, for one material again
    browser.login("market-clerk");
    openTask(number);
    assertThat(browser.heading()).contains("受理");
    browser.find(By.cssSelector("input[name=missingMaterials][value=M03]")).click();
    browser.find(By.id("comment")).sendKeys("请补充后厨设备布局图。");
    decide("REQUEST_SUPPLEMENT", number);
    browser.logout();

    // the enterprise uploads it and answers on the application's page
    browser.login("enterprise");
    browser.get("/my/applications/" + id);
    assertThat(browser.text(By.id("supplement"))).contains("请补充后厨设备布局图");
    assertThat(browser.text(By.id("main"))).contains("需补正的材料：M03 主要设备设施、经营布局和操作流程文件");
    browser.uploadPdf("M03");
    browser.find(By.id("supplement-comment")).sendKeys("已补充布局图。");
    browser.find(By.id("answer-supplement")).click();
    browser.waitFor(ExpectedConditions.urlContains("?supplemented"));
    browser.logout();

    // the department accepts, reviews and approves
    browser.login("market-clerk");
    openTask(number);
    decide("ACCEPT", number);
    openTask(number);
    assertThat(browser.heading()).contains("审查");
    decide("PASS", number);
    openTask(number);
    assertThat(browser.heading()).contains("决定");
    decide("APPROVE", number);
    browser.assertNoConsoleErrors();
    browser.logout();

    // the enterprise sees it approved, with the whole timeline
    browser.login("enterprise");
    browser.get("/my/applications/" + id);
    assertThat(browser.text(By.id("main"))).contains("准予许可");
    assertThat(browser.text(By.cssSelector("ol.timeline")))
        .contains("提交申请", "一次性告知补正", "补正材料", "受理", "审查通过", "准予许可");
    browser.logout();

    // the public finds its progress by number and query code, without personal data
    browser.get("/progress");
    browser.find(By.id("number")).sendKeys(number);
    browser.find(By.id("queryCode")).sendKeys(queryCode);
    browser.find(By.cssSelector("form[action$='/progress'] button[type=submit]")).click();
    assertThat(browser.text(By.cssSelector(".progress-result")))
        .contains(number, ITEM_NAME, "准予许可")
        .doesNotContain("李娜", "13900139000");

    // another enterprise, and another department's clerk, find nothing
    browser.login("enterprise2");
    browser.get("/my/applications/" + id);
    assertThat(browser.heading()).isEqualTo("未找到");
    browser.logout();
    browser.login("clerk");
    browser.get("/workbench/applications/" + id);
    assertThat(browser.heading()).isEqualTo("未找到");
    long material =
        new Journeys(http)
            .application("enterprise", id)
            .path("materials")
            .get(0)
            .path("id")
            .asLong();
    browser.get("/applications/" + id + "/materials/" + material);
    assertThat(browser.heading()).isEqualTo("未找到");
    browser.get("/applications/" + id + "/proofs");
    assertThat(browser.heading()).isEqualTo("未找到");
    browser.logout();
  }

  private void openTask(String number) {
    browser.get("/workbench");
    WebElement filter = browser.find(By.id("filter-number"));
    filter.clear();
    filter.sendKeys(number, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("number=" + number));
    browser.find(By.linkText(number)).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/workbench/tasks/"));
  }

  /** Completes the task now shown and waits for the queue's confirmation naming the number. */
  private void decide(String outcome, String number) {
    browser.find(By.cssSelector("button[name=outcome][value=" + outcome + "]")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/workbench"));
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
  }
}
