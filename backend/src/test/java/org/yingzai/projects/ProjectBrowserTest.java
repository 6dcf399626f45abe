package org.yingzai.projects;

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
import org.yingzai.support.EngineTime;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * The enterprise's side of a construction project in a real browser: registering it, preparing its
 * first stage with one form and one set of materials, and submitting it once.
 */
@WithHall
class ProjectBrowserTest extends BrowserTest {

  Hall hall;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEnterpriseRegistersAProjectAndSubmitsItsFirstStageOnce() {
    new StageCatalogueFixture(jdbc, hall);
    EngineTime.at("2026-03-02T09:00:00+08:00");
    browser.login(hall.enterprise(), Hall.PASSWORD);
    browser.find(By.linkText("工程项目")).click();
    browser.find(By.id("new-project")).click();
    browser
        .find(By.id("project-code"))
        .sendKeys(String.format("2026-370571-35-02-%06d", (int) (Math.random() * 1_000_000)));
    browser.find(By.id("project-name")).sendKeys("年产5000台（套）智能焊接机器人生产基地项目");
    browser.find(By.id("project-location")).sendKeys("高新技术产业开发区创新路以东、黄河路以北");
    browser.find(By.id("project-investment")).sendKeys("36800");
    browser.find(By.cssSelector("#project-projectType option[value=INDUSTRIAL]")).click();
    browser.find(By.id("register-project")).click();
    browser.waitFor(d -> d.getCurrentUrl().matches(".*/my/projects/[0-9a-f-]{36}$"));
    assertThat(browser.heading()).contains("智能焊接机器人");
    String projectPath = browser.path();
    browser.screenshot("project");

    browser.find(By.linkText("填写表单、上传材料并提交")).click();
    browser.find(By.id("form-contactPhone")).sendKeys("13800138000");
    browser.find(By.id("save-stage-form")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("?saved"));
    upload("S01");
    upload("S02");
    browser.screenshot("project-stage");
    browser.assertNoConsoleErrors();

    browser.find(By.id("submit-stage")).click();
    browser.waitFor(d -> d.getCurrentUrl().contains("submitted=LAND_AND_PLANNING"));
    assertThat(browser.text(By.id("stage-LAND_AND_PLANNING")))
        .contains("并联审批中", hall.departmentName());
    browser.screenshot("project-submitted");
    browser.logout();

    browser.login(hall.supervisor(), Hall.PASSWORD);
    browser.get("/board/projects");
    assertThat(browser.heading()).contains("工程建设项目");
    browser.screenshot("board-projects");
    String id = projectPath.substring(projectPath.lastIndexOf('/') + 1);
    browser.find(By.cssSelector("a[href$='/board/projects/" + id + "']")).click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("/board/projects/" + id));
    assertThat(browser.text(By.id("stage-LAND_AND_PLANNING"))).contains("并联审批中");
    browser.screenshot("board-project");
    browser.assertNoConsoleErrors();
  }

  private void upload(String materialCode) {
    try {
      Path pdf = java.nio.file.Files.createTempDirectory("stage").resolve(materialCode + ".pdf");
      java.nio.file.Files.write(pdf, Files.pdf(materialCode));
      WebElement input = browser.find(By.id("file-" + materialCode));
      input.sendKeys(pdf.toAbsolutePath().toString());
      input.findElement(By.xpath("ancestor::form[1]//button[@type='submit']")).click();
      browser.waitFor(d -> d.getCurrentUrl().endsWith("uploaded=" + materialCode));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
