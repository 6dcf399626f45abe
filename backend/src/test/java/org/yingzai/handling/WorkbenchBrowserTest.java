package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.BrowserTest;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The clerk's side in a real browser: from the queue to a supplement request, then acceptance,
 * review and decision by the three officers of the department; the urges and the inbox.
 */
@WithHall
class WorkbenchBrowserTest extends BrowserTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDepartmentTakesAnApplicationFromTheQueueThroughASupplementToApproval() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();

    browser.login(hall.clerk(), Hall.PASSWORD);
    assertThat(browser.path()).startsWith("/workbench");
    findInQueue(number);
    browser.screenshot("queue");

    open(number);
    assertThat(browser.heading()).contains("受理", number);
    browser.find(By.id("provenance"));
    WebElement viewer = browser.find(By.cssSelector(".material__viewer summary"));
    viewer.click();
    WebElement frame = browser.find(By.cssSelector(".material__viewer[open] iframe.viewer"));
    assertThat(frame.getDomAttribute("src")).startsWith("/applications/" + id + "/materials/");
    browser.screenshot("task");

    browser.find(By.cssSelector("input[name=missingMaterials][value=M03]")).click();
    browser.find(By.id("comment")).sendKeys("设计方案缺少总平面图，请补充。");
    decide("REQUEST_SUPPLEMENT");
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
    browser.assertNoConsoleErrors();

    Api enterprise = journeys.as(hall.enterprise());
    assertThat(
            enterprise
                .upload("/api/applications/" + id + "/materials", "M03", "方案.pdf", Files.pdf("M03"))
                .status())
        .isEqualTo(201);
    assertThat(
            enterprise
                .post("/api/applications/" + id + "/supplement", Map.of("comment", "已补充总平面图"))
                .status())
        .isEqualTo(200);

    browser.get("/workbench");
    open(number);
    assertThat(browser.text(By.id("supplements-heading"))).isNotBlank();
    decide("ACCEPT");
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains("已受理 " + number);
    browser.logout();

    browser.login(hall.reviewer(), Hall.PASSWORD);
    findInQueue(number);
    open(number);
    browser.find(By.id("comment")).sendKeys("材料齐全，符合规划条件。");
    decide("PASS");
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
    browser.logout();

    browser.login(hall.approver(), Hall.PASSWORD);
    findInQueue(number);
    open(number);
    assertThat(browser.all(By.id("extension"))).hasSize(1);
    assertThat(browser.text(By.id("extension-days-hint"))).contains("最多还可延长 10 个工作日");
    assertThat(browser.find(By.id("extension-days")).getDomAttribute("max")).isEqualTo("10");
    decide("APPROVE");
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);
    browser.assertNoConsoleErrors();
    browser.logout();

    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("APPROVED");
  }

  @Test
  void theClerkAnswersAnUrgeAndReadsTheInbox() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    assertThat(
            journeys
                .as(hall.supervisor())
                .post(
                    "/api/supervision/urges",
                    Map.of("applicationId", id, "reason", "该件受理环节即将超时，请尽快处理并说明情况。"))
                .status())
        .isEqualTo(201);
    jdbc.update(
        "INSERT INTO notification (recipient, kind, application_id, title, body, created_at)"
            + " VALUES (?, 'STEP_RED', ?, ?, ?, ?)",
        hall.clerk(),
        id,
        "办件 " + number + " 的受理环节已超时",
        "办件 " + number + "（" + hall.committedItemName() + "）的受理环节已超过该环节时限，请尽快办理。",
        Timestamp.from(Instant.now()));

    browser.login(hall.clerk(), Hall.PASSWORD);
    browser.get("/workbench/urges");
    assertThat(browser.heading()).isEqualTo("督办");
    browser.screenshot("urges");
    browser.find(By.cssSelector("li.urge form button[type=submit]")).click();
    assertThat(browser.find(By.cssSelector(".field--error .error-message")).getText())
        .contains("请填写书面反馈");
    WebElement feedback = browser.find(By.cssSelector(".field--error textarea"));
    feedback.sendKeys("已安排专人今日受理。");
    feedback.findElement(By.xpath("ancestor::form//button")).click();
    assertThat(browser.text(By.cssSelector(".alert--success"))).contains(number);

    browser.get("/inbox");
    assertThat(browser.find(By.cssSelector(".hall-nav .badge")).getText()).isNotBlank();
    browser.screenshot("inbox");
    WebElement unread = browser.find(By.cssSelector("li.message--unread"));
    String messageId = unread.getDomAttribute("id");
    unread.findElement(By.cssSelector("form button")).click();
    // htmx swaps the message for the read one
    browser.waitFor(
        d -> {
          try {
            return !d.findElement(By.id(messageId)).getDomAttribute("class").contains("unread");
          } catch (StaleElementReferenceException e) {
            return false;
          }
        });
    browser.find(By.id(messageId)).findElement(By.cssSelector("a.button")).click();
    assertThat(browser.path()).startsWith("/workbench/tasks/");
    browser.assertNoConsoleErrors();
    browser.logout();
  }

  private void findInQueue(String number) {
    browser.get("/workbench");
    WebElement filter = browser.find(By.id("filter-number"));
    filter.clear();
    filter.sendKeys(number, Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("number=" + number));
    assertThat(browser.all(By.cssSelector("table.queue tbody tr"))).hasSize(1);
    assertThat(browser.text(By.cssSelector("table.queue tbody tr"))).contains(number);
  }

  private void open(String number) {
    browser.find(By.linkText(number)).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("/workbench/tasks/"));
  }

  private void decide(String outcome) {
    browser.find(By.cssSelector("button[name=outcome][value=" + outcome + "]")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/workbench"));
  }
}
