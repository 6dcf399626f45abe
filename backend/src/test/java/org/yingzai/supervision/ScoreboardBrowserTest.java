package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.yingzai.support.BrowserTest;

/** The public scoreboard in a real browser, reached from the frame without logging in. */
class ScoreboardBrowserTest extends BrowserTest {

  @Test
  void anyoneReadsTheScoreboardWithItsDefinitions() {
    browser.get("/");
    browser.find(By.linkText("承诺兑现")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/scoreboard"));
    assertThat(browser.heading()).contains("承诺兑现");
    assertThat(browser.text(By.id("scoreboard-figures"))).contains("不再需要提交的证明", "好评率");
    browser.screenshot("scoreboard");
    browser.assertAccessible();
    browser.assertNoConsoleErrors();
  }
}
