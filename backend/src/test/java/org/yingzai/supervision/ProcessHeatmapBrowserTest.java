package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The supervisor's process heatmap in a real browser: the diagram and its table show what the
 * database holds, a task opens the list of applications waiting there, by mouse and by keyboard.
 */
@WithHall
class ProcessHeatmapBrowserTest extends BrowserTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theHeatmapShowsTheCountsTheDatabaseHoldsAndListsTheWorkWaitingAtATask() {
    Map<String, String> ids = ProcessHeatmapTest.journey(hall, journeys);
    String a = journeys.application(hall.enterprise(), ids.get("A")).path("number").asText();
    String b = journeys.application(hall.enterprise(), ids.get("B")).path("number").asText();

    browser.login(hall.supervisor(), Hall.PASSWORD);
    browser.get(
        "/board/process?department=" + hall.department() + "&from=2026-03-01&to=2026-03-31");
    assertThat(browser.heading()).isEqualTo("什么环节在拖");

    for (String task : new String[] {"accept", "review", "supplementDuringReview", "decide"}) {
      long open = open(task);
      assertThat(svgText(task, "heatmap-waiting")).isEqualTo("等待 " + open);
      assertThat(cell(task, "waiting")).isEqualTo(Long.toString(open));
    }
    assertThat(open("accept")).isEqualTo(1);
    long acceptFinished =
        jdbc.queryForObject(
            "SELECT SUM(tasks) FROM task_duration WHERE granularity = 'MONTH'"
                + " AND period_start = '2026-03-01' AND department_code = ? AND task_key = 'accept'",
            Long.class,
            hall.department());
    assertThat(acceptFinished).isEqualTo(2);
    assertThat(cell("accept", "finished")).isEqualTo("2");
    assertThat(cell("accept", "median")).isEqualTo("4.0");
    assertThat(cell("accept", "p90")).isEqualTo("26");
    assertThat(svgText("accept", "heatmap-stat")).isEqualTo("中位 4.0 时");
    WebElement backToSupplement =
        browser.find(By.cssSelector("g[data-flow=flowSupplementRequestedDuringReview]"));
    assertThat(backToSupplement.getDomAttribute("data-taken")).isEqualTo("1");
    assertThat(backToSupplement.findElement(By.cssSelector(".heatmap-count")).getText())
        .isEqualTo("1");
    assertThat(
            browser.text(
                By.cssSelector(
                    "#heatmap-flows tr[data-flow=flowSupplementRequestedDuringReview]"
                        + " .heatmap-cell-taken")))
        .isEqualTo("1");
    browser.screenshot("process-heatmap");
    browser.assertNoConsoleErrors();

    // the mouse: the task in the diagram
    browser.find(By.cssSelector("a[data-task=review]")).click();
    browser.waitFor(driver -> driver.findElements(By.id("waiting")).size() == 1);
    assertThat(browser.text(By.id("waiting-heading"))).contains("审查", "1");
    assertThat(browser.text(By.cssSelector("#waiting tbody"))).contains(b, "2026-03-03 10:00");
    assertThat(browser.find(By.linkText(b)).getDomAttribute("href"))
        .isEqualTo("/board/applications/" + ids.get("B"));
    browser.screenshot("process-heatmap-waiting");

    // the keyboard: the task's link in the table
    WebElement supplement =
        browser.find(By.cssSelector("#heatmap-tasks tr[data-task=supplementDuringReview] a"));
    supplement.sendKeys(Keys.ENTER);
    browser.waitFor(
        driver -> driver.findElement(By.id("waiting-heading")).getText().contains("补正"));
    assertThat(browser.text(By.cssSelector("#waiting tbody"))).contains(a).doesNotContain(b);

    // the filters: one item, the diagram swapped in place
    new Select(browser.find(By.id("filter-item"))).selectByValue(hall.permitItem());
    browser.find(By.cssSelector("form.filters button[type=submit]")).click();
    browser.waitFor(driver -> browser.path().contains("item=" + hall.permitItem()));
    browser.waitFor(
        driver ->
            driver
                .findElement(
                    By.cssSelector("#heatmap-tasks tr[data-task=review] .heatmap-cell-waiting"))
                .getText()
                .equals("0"));
    assertThat(cell("accept", "waiting")).isEqualTo("1");
    assertThat(cell("accept", "finished")).isEqualTo("0");
    browser.assertNoConsoleErrors();
  }

  private long open(String task) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM work_task WHERE completed_at IS NULL AND department_code = ?"
            + " AND task_key = ?",
        Long.class,
        hall.department(),
        task);
  }

  private String svgText(String task, String className) {
    return browser.find(By.cssSelector("a[data-task=" + task + "] ." + className)).getText().trim();
  }

  private String cell(String task, String column) {
    return browser
        .text(By.cssSelector("#heatmap-tasks tr[data-task=" + task + "] .heatmap-cell-" + column))
        .trim();
  }
}
