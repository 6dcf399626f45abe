package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/** The login form in a real browser: refusals, the way back to the page asked for, logout. */
@WithHall
class LoginPageBrowserTest extends BrowserTest {

  Hall hall;
  @Autowired LoginThrottle throttle;

  @Test
  void aWrongPasswordIsRefusedNextToTheFormAndKeepsTheUsername() {
    browser.get("/login");
    browser.screenshot("login");
    browser.submitLogin(hall.reviewer(), "not-the-password");
    throttle.clear();

    assertThat(browser.text(By.id("login-error"))).contains("用户名或密码不正确");
    assertThat(browser.find(By.id("username")).getDomProperty("value")).isEqualTo(hall.reviewer());
    assertThat(browser.path()).startsWith("/login");
    browser.assertAccessible();
    browser.assertNoConsoleErrors();
  }

  @Test
  void aPageAskedForBeforeTheLoginOpensAfterIt() {
    browser.get("/my/applications?status=DRAFT");
    assertThat(browser.path()).startsWith("/login");

    browser.submitLogin(hall.enterprise(), Hall.PASSWORD);

    assertThat(browser.path()).startsWith("/my/applications?status=DRAFT");
    browser.logout();
    assertThat(browser.path()).isEqualTo("/login?logout");
    assertThat(browser.text(By.cssSelector("main"))).contains("您已安全退出");
  }

  @Test
  void theLanguageSwitchesToEnglishAndBack() {
    browser.get("/login?lang=en");
    assertThat(browser.heading()).isEqualTo("Log in");
    browser.get("/login");
    assertThat(browser.heading()).isEqualTo("Log in");
    browser.get("/login?lang=zh_CN");
    assertThat(browser.heading()).isEqualTo("登录");
  }
}
