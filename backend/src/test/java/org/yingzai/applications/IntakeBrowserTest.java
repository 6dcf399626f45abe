package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/** The counter in a real browser: an application taken, its authorization scanned, submitted. */
@WithHall
class IntakeBrowserTest extends BrowserTest {

  Hall hall;

  @Test
  void aStationClerkTakesAnApplicationAtTheCounter() {
    String clerk = hall.receiver("browser-clerk", hall.station("STATION", hall.quickItem()));
    browser.login(clerk, Hall.PASSWORD);
    browser.find(By.linkText("窗口收件")).click();
    browser.find(By.cssSelector("#intake-item option[value='" + hall.quickItem() + "']")).click();
    browser.find(By.id("intake-credit")).sendKeys(hall.applicant().creditCode());
    browser.find(By.id("intake-person")).sendKeys("张卫东");
    browser.find(By.id("intake-id-number")).sendKeys("11010519491231002X");
    browser.find(By.id("delivery-station")).click();
    browser.screenshot("counter");
    browser.find(By.id("take-application")).click();
    browser.waitFor(d -> d.getCurrentUrl().matches(".*/workbench/intake/[0-9a-f-]{36}$"));
    assertThat(browser.text(By.id("counter"))).contains("张卫东", "110***********002X");

    try {
      Path letter = java.nio.file.Files.createTempDirectory("counter").resolve("授权委托书.pdf");
      java.nio.file.Files.write(letter, Files.pdf("授权委托书"));
      WebElement input = browser.find(By.id("authorization-file"));
      input.sendKeys(letter.toAbsolutePath().toString());
      browser.find(By.id("upload-authorization")).click();
      browser.waitFor(d -> d.getCurrentUrl().endsWith("?authorized"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.screenshot("counter-draft");
    browser.assertNoConsoleErrors();
  }
}
