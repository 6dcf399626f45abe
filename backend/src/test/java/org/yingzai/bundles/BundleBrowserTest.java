package org.yingzai.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/** A bundle applied for in a real browser: one form, one upload, one submission. */
@WithHall
class BundleBrowserTest extends BrowserTest {

  Hall hall;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEnterpriseAppliesForABundleInOneGo() {
    TwoDepartmentBundle bundle = new TwoDepartmentBundle(jdbc, hall);
    browser.login(hall.enterprise(), Hall.PASSWORD);
    browser.find(By.linkText("一件事一次办")).click();
    browser.screenshot("bundles");
    browser.find(By.id("apply-" + bundle.code)).click();
    browser.waitFor(d -> d.getCurrentUrl().matches(".*/my/bundles/[0-9a-f-]{36}$"));
    assertThat(browser.heading()).contains(bundle.name);
    browser.find(By.id("form-enterpriseName")).sendKeys("示例新设智能科技有限公司");
    browser.find(By.id("save-bundle-form")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("?saved"));
    upload("B01");
    browser.screenshot("bundle-draft");
    browser.assertNoConsoleErrors();

    browser.find(By.id("submit-bundle")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("?submitted"));
    assertThat(browser.text(By.id("bundle-items"))).contains(hall.departmentName(), "YZ");
    assertThat(browser.text(By.id("bundle-status"))).contains("办理中");
    browser.screenshot("bundle-submitted");
    browser.assertNoConsoleErrors();
  }

  private void upload(String materialCode) {
    try {
      Path pdf = java.nio.file.Files.createTempDirectory("bundle").resolve(materialCode + ".pdf");
      java.nio.file.Files.write(pdf, Files.pdf(materialCode));
      WebElement input = browser.find(By.id("file-" + materialCode));
      input.sendKeys(pdf.toAbsolutePath().toString());
      input.findElement(By.xpath("ancestor::form[1]//button[@type='submit']")).click();
      browser.waitFor(d -> d.getCurrentUrl().contains("uploaded"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
