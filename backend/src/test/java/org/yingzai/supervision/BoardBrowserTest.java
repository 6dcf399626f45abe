package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The supervisor's side in a real browser: an application at risk on the board, opened from the
 * at-risk list and urged with a reason; the department's clerk answers; the supervisor reads the
 * feedback on the board and on the application.
 */
@WithHall
class BoardBrowserTest extends BrowserTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSupervisorUrgesAnApplicationAtRiskFromTheBoardAndReadsTheDepartmentsFeedback() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    jdbc.update("UPDATE application SET warning_level = 'YELLOW' WHERE id = ?", id);
    String number = journeys.application(hall.enterprise(), id).path("number").asText();

    browser.login(hall.supervisor(), Hall.PASSWORD);
    browser.find(By.linkText("看板")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/board"));
    assertThat(browser.heading()).contains("效能监察看板");
    // the chart is drawn by the page's own script, its numbers are in the table beside it
    browser.waitFor(d -> !d.findElements(By.cssSelector("[data-chart] canvas")).isEmpty());
    assertThat(browser.text(By.id("board-summary"))).contains(hall.departmentName());
    browser.find(By.id("board-ratings"));
    browser.screenshot("board");
    browser.assertNoConsoleErrors();

    WebElement atRisk = browser.find(By.id("list-AT_RISK"));
    atRisk.findElement(By.linkText(number)).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/board/applications/" + id));
    assertThat(browser.heading()).contains(hall.committedItemName());

    browser.find(By.id("urge-submit")).click();
    assertThat(browser.text(By.id("urge-error"))).contains("请填写督办理由");
    browser.find(By.id("urge-reason")).sendKeys("临近承诺期限，请说明办理进度和预计办结时间。");
    browser.find(By.id("urge-submit")).click();
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
    browser.screenshot("board-application");
    browser.logout();

    browser.login(hall.clerk(), Hall.PASSWORD);
    browser.get("/workbench/urges");
    WebElement feedback = browser.find(By.cssSelector("textarea[name=feedback]"));
    feedback.sendKeys("已补充现场核查，预计明日办结。");
    feedback.findElement(By.xpath("ancestor::form//button")).click();
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
    browser.logout();

    browser.login(hall.supervisor(), Hall.PASSWORD);
    browser.get("/board?department=" + hall.department());
    browser.find(By.cssSelector("#board-urges .button-group a:nth-of-type(2)")).click();
    // htmx swaps the part in place: an element read during the swap is read again
    browser.waitFor(
        d -> {
          try {
            return d.findElement(By.id("board-urges")).getText().contains("已补充现场核查，预计明日办结。");
          } catch (StaleElementReferenceException swapped) {
            return false;
          }
        });
    browser.get("/board/applications/" + id);
    assertThat(browser.text(By.id("urge"))).contains("已补充现场核查，预计明日办结。");
    browser.assertNoConsoleErrors();
  }
}
