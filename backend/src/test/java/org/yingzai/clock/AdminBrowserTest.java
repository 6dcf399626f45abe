package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The administrator in a real browser: warned in November that the next year is missing, publishes
 * it on the calendar page, then edits a proof; every administration page is photographed at both
 * widths. The year 2043 is one no other test publishes; it is withdrawn afterwards.
 */
@WithHall
class AdminBrowserTest extends BrowserTest {

  Hall hall;
  Journeys journeys;
  @Autowired WorkingCalendar calendar;

  @AfterEach
  void withdraw2043() {
    if (calendar.isPublished(2043)) {
      journeys.http(hall.admin()).delete("/api/admin/calendar/years/2043");
    }
  }

  @Test
  void theAdministratorPublishesACalendarYearAndEditsAProof() {
    EngineTime.at(LocalDateTime.of(2042, 11, 20, 9, 0));
    browser.login(hall.admin(), Hall.PASSWORD);
    browser.get("/admin");
    assertThat(browser.text(By.cssSelector(".calendar-warning"))).contains("2043");
    browser.screenshot("admin");

    browser.find(By.cssSelector(".calendar-warning a")).click();
    assertThat(browser.heading()).contains("工作日历");
    browser.find(By.id("source")).sendKeys("国办发明电〔2042〕7号");
    browser.find(By.id("days")).sendKeys("2043-01-01 HOLIDAY 元旦\n2043-01-04 WORKDAY 元旦调休上班");
    browser
        .find(By.cssSelector("form[action$='/admin/calendar/2043'] button[type=submit]"))
        .click();
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains("2043 年的工作日历已发布");
    assertThat(browser.all(By.cssSelector(".calendar-warning"))).isEmpty();
    assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2043, 1, 4))).isTrue();
    browser.screenshot("admin-calendar");
    browser.assertNoConsoleErrors();

    String code = hall.verifiedProof();
    browser.get("/admin/proofs?q=" + code);
    browser.screenshot("admin-proofs");
    browser.find(By.linkText(code)).click();
    WebElement name = browser.find(By.id("name"));
    name.clear();
    name.sendKeys("浏览器中改名的证明");
    browser
        .find(By.cssSelector("form[action$='/admin/proofs/" + code + "'] button[type=submit]"))
        .click();
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(code);
    assertThat(browser.heading()).contains("浏览器中改名的证明");
    browser.screenshot("admin-proof");
    browser.assertNoConsoleErrors();
  }

  @Test
  void everyAdministrationPageReadsAtBothWidths() {
    EngineTime.at(LocalDateTime.of(2042, 6, 1, 9, 0));
    String lockedClerk = hall.colleague("screenshot", "accept", "review");
    browser.login(hall.admin(), Hall.PASSWORD);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("admin-items", "/admin/items");
    pages.put("admin-item", "/admin/items/" + hall.permitItem());
    pages.put("admin-users", "/admin/users?department=" + hall.department());
    pages.put("admin-user", "/admin/users/" + lockedClerk);
    pages.put("admin-user-new", "/admin/users/new");
    pages.put("admin-enterprises", "/admin/enterprises");
    pages.put("admin-enterprise", "/admin/enterprises/" + hall.applicant().creditCode());
    pages.put("admin-credit-records", "/admin/credit-records");
    pages.forEach(
        (name, path) -> {
          browser.get(path);
          assertThat(browser.heading()).as(path).isNotBlank();
          assertThat(browser.all(By.cssSelector(".alert--error:not([hidden])"))).as(path).isEmpty();
          browser.screenshot(name);
        });
    browser.assertNoConsoleErrors();
  }
}
