package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Every main page of every role keeps the rules of docs/web.md: HTML in Chinese, no inline script,
 * event handler or style attribute (the Content-Security-Policy would refuse them), and the
 * policy's headers.
 */
@WithHall
class PageRulesTest {

  Hall hall;
  Journeys journeys;
  @Autowired TestRestTemplate http;

  @Test
  void theHomePageIsTheServiceGuideInChinese() {
    WebSession.Page home = WebSession.anonymous(http).get("/");

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Content-Type")).startsWith("text/html");
    assertThat(home.html()).contains("<html lang=\"zh-CN\"", "办事指南");
  }

  @Test
  void noPageOfAnyRoleCarriesInlineScriptHandlersOrStyles() {
    String draft = journeys.draftWithMaterials(hall.enterprise(), hall.committedItem());
    String submitted = journeys.submitted(hall.enterprise(), hall.committedItem());
    String task = journeys.taskId(hall.clerk(), submitted);
    Map<String, List<String>> pagesByUser =
        Map.of(
            "",
            List.of(
                "/",
                "/items/" + hall.committedItem(),
                "/items/" + hall.permitItem(),
                "/progress",
                "/login"),
            hall.enterprise(),
            List.of(
                "/my/applications",
                "/my/applications/new?item=" + hall.permitItem(),
                "/my/applications/" + draft,
                "/my/applications/" + submitted,
                "/inbox"),
            hall.clerk(),
            List.of(
                "/workbench",
                "/workbench/tasks/" + task,
                "/workbench/urges",
                "/inbox",
                "/applications/" + submitted + "/proofs"),
            hall.supervisor(),
            List.of("/board/process", "/board/process?task=accept"),
            hall.admin(),
            List.of(
                "/admin",
                "/admin/items",
                "/admin/items/" + hall.permitItem(),
                "/admin/proofs",
                "/admin/proofs/" + hall.residenceProof(),
                "/admin/calendar",
                "/admin/users",
                "/admin/users/new",
                "/admin/users/" + hall.clerk(),
                "/admin/enterprises",
                "/admin/enterprises/" + hall.applicant().creditCode(),
                "/admin/credit-records"));
    pagesByUser.forEach(
        (user, paths) -> {
          WebSession session = user.isEmpty() ? WebSession.anonymous(http) : journeys.web(user);
          for (String path : paths) {
            WebSession.Page page = session.get(path);
            assertThat(page.status()).as("%s as %s", path, user).isEqualTo(200);
            assertThat(page.html())
                .as("%s as %s", path, user)
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                .doesNotContainPattern("\\son[a-z]+\\s*=")
                .doesNotContainPattern("\\sstyle\\s*=")
                .doesNotContain("javascript:");
            assertThat(page.header("Content-Security-Policy"))
                .as("%s as %s", path, user)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
          }
        });
  }
}
