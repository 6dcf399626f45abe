package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The enterprise applies in a real browser: the form, an upload, shared evidence previewed and
 * consented to, a signed commitment, one submission; then answers a supplement on the same page.
 */
@WithHall
class ApplyBrowserTest extends BrowserTest {

  Hall hall;
  Journeys journeys;

  @Test
  void theEnterpriseAppliesSubmitsOnceAndAnswersASupplementOnTheSamePage() throws IOException {
    browser.login(hall.enterprise(), Hall.PASSWORD);
    browser.get("/my/applications/new?item=" + hall.permitItem());
    assertThat(browser.heading()).contains(hall.permitItemName());
    browser.find(By.id("start-application")).click();
    browser.waitFor(ExpectedConditions.urlMatches("/my/applications/[0-9a-f-]{36}$"));
    String id = browser.path().replaceFirst(".*/my/applications/", "");

    // the form, saved at once
    browser.find(By.id("form-projectName")).sendKeys("城南门店食品经营");
    browser.find(By.id("form-contactName")).sendKeys("王明");
    browser.find(By.id("form-contactPhone")).sendKeys("13800138000");
    browser.find(By.id("save-form")).click();
    browser.waitFor(ExpectedConditions.textToBe(By.id("form-saved"), "已保存"));

    // one upload, then the page with things still pending
    browser.uploadPdf("M01");
    browser.find(By.id("preview-M02"));
    browser.find(By.id("sign-M08"));
    assertThat(browser.text(By.id("material-M05"))).contains("无需提交");
    assertThat(browser.text(By.id("material-M06"))).contains("无需提交");

    // submitting too early names everything still missing, at the top and beside each
    browser.find(By.id("submit-application")).click();
    browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
    assertThat(browser.text(By.id("submit-error")))
        .contains("营业执照", "主要设备设施", "食品安全管理制度", "从业人员健康证明", "经营场所使用证明")
        .doesNotContain("食品经营许可申请书");
    assertThat(browser.text(By.id("material-M02"))).contains("请获取“营业执照”的共享数据");
    browser.find(By.id("sign-M08"));
    browser.screenshot("apply");

    browser.uploadPdf("M03");
    browser.uploadPdf("M04");
    browser.uploadPdf("M07");

    // shared evidence: preview shows the provider's fields by name, then consent
    browser.find(By.id("preview-M02")).click();
    WebElement consent = browser.find(By.id("consent-M02"));
    assertThat(browser.text(By.id("proof-M02"))).contains("统一社会信用代码", "法定代表人");
    consent.click();
    browser.waitFor(
        ExpectedConditions.textToBePresentInElementLocated(By.id("proof-M02"), "已确认共享数据"));

    // the commitment: the whole text, then sign it
    assertThat(browser.text(By.cssSelector("#proof-M08 .commitment-text"))).isNotBlank();
    browser.find(By.id("sign-M08")).click();
    browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("proof-M08"), "已签署"));

    // submit once
    browser.get("/my/applications/" + id);
    assertThat(browser.text(By.cssSelector(".apply-submit"))).contains("材料已齐备");
    browser.find(By.id("submit-application")).click();
    browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
    browser.waitFor(ExpectedConditions.urlContains("?submitted"));
    String number = browser.text(By.id("submitted-number"));
    assertThat(number).startsWith("YZ");
    browser.find(By.id("provenance"));
    browser.find(By.id("application-messages"));
    browser.screenshot("application");
    browser.assertNoConsoleErrors();

    // a few more, so that the list shows a draft and an accepted one with its deadline
    String accepted = journeys.submitted(hall.enterprise(), hall.permitItem());
    assertThat(journeys.complete(hall.clerk(), accepted, "ACCEPT", null).status()).isEqualTo(200);
    journeys
        .as(hall.enterprise())
        .post("/api/applications", java.util.Map.of("itemCode", hall.committedItem()));
    browser.get("/my/applications");
    assertThat(browser.text(By.cssSelector("table.stack"))).contains(number, hall.permitItemName());
    browser.screenshot("my-applications");

    // the clerk asks for one material again; the enterprise uploads it and answers in the page
    assertThat(journeys.requestSupplement(hall.clerk(), id, "请补充后厨设备清单。", "M03").status())
        .isEqualTo(200);
    browser.get("/my/applications/" + id);
    assertThat(browser.text(By.id("supplement"))).contains("主要设备设施", "请补充后厨设备清单");
    browser.find(By.id("answer-supplement")).click();
    assertThat(browser.text(By.id("supplement-M03"))).contains("请重新上传");
    browser.uploadPdf("M03");
    browser.find(By.id("supplement-comment")).sendKeys("已补充设备清单。");
    browser.find(By.id("answer-supplement")).click();
    browser.waitFor(ExpectedConditions.urlContains("?supplemented"));
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("SUBMITTED");
    assertThat(browser.text(By.id("timeline-heading"))).isNotBlank();
    browser.assertAccessible();
    browser.assertNoConsoleErrors();
  }
}
