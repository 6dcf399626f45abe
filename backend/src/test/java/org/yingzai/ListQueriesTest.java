package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Fixtures;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.ServerStatements;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * Every list the service hall shows runs the same number of SQL statements whether it shows one row
 * or twenty, but for the count of a full page: no lookup per row (N+1). Statements are counted by
 * the database server.
 */
@WithHall
class ListQueriesTest {

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @Test
  void listPagesRunAsManyStatementsForTwentyRowsAsForOne() {
    WebSession enterprisePages = journeys.web(hall.enterprise());
    WebSession clerkPages = journeys.web(hall.clerk());
    WebSession supervisorPages = journeys.web(hall.supervisor());
    // a session stores its CSRF token in the database on the first page that shows one: not counted
    for (WebSession session : List.of(enterprisePages, clerkPages, supervisorPages)) {
      session.get("/inbox");
    }
    Fixtures fixtures = new Fixtures(jdbc);
    finished(fixtures, hall.applicant().id(), urgedApplication(fixtures, hall.enterprise()));

    Map<String, Measured> one =
        statementsPerList(journeys, enterprisePages, clerkPages, supervisorPages);
    for (int i = 0; i < 20; i++) {
      // each row of its own item and every other one of another enterprise
      String applicant = i % 2 == 0 ? hall.enterprise() : hall.otherEnterprise();
      long enterpriseId = i % 2 == 0 ? hall.applicant().id() : hall.otherApplicant().id();
      finished(fixtures, enterpriseId, urgedApplication(fixtures, applicant));
    }
    Map<String, Measured> twenty =
        statementsPerList(journeys, enterprisePages, clerkPages, supervisorPages);

    System.out.println("statements per list (one row / twenty rows): " + one + " / " + twenty);
    // a list reads its page first and counts its rows only when the page is full
    // (PageResponse.read): twenty rows that fill a page one row did not cost that one count, and
    // nothing more; a lookup per row, or per enterprise, would cost more
    one.forEach(
        (list, fewer) -> {
          Measured more = twenty.get(list);
          int count = more.fullPage() && !fewer.fullPage() ? 1 : 0;
          assertThat(more.statements()).as(list).isEqualTo(fewer.statements() + count);
        });
  }

  /** The statements a list cost, and whether its page was full (which makes it count the list). */
  private record Measured(int statements, boolean fullPage) {}

  private record Submitted(String id, String itemCode) {}

  private Submitted urgedApplication(Fixtures fixtures, String applicant) {
    String item = fixtures.item(hall.department());
    String id = journeys.submitted(applicant, item);
    urged(journeys, id);
    return new Submitted(id, item);
  }

  // a document, a rating of the application (each by an officer of its own) and its
  // rectification, as a decision, its applicant and the department would make them
  private void finished(Fixtures fixtures, long enterpriseId, Submitted application) {
    fixtures.resultDocument(
        application.id(), enterpriseId, application.itemCode(), hall.department());
    long rating =
        fixtures.rating(
            application.id(),
            enterpriseId,
            application.itemCode(),
            hall.department(),
            "officer-" + application.id().substring(0, 8));
    fixtures.rectification(rating, application.id(), application.itemCode(), hall.department());
  }

  private void urged(Journeys journeys, String applicationId) {
    Api.Response urge =
        journeys
            .as(hall.supervisor())
            .post(
                "/api/supervision/urges",
                Map.of("applicationId", applicationId, "reason", "请加快办理"));
    assertThat(urge.status()).as(urge.toString()).isEqualTo(201);
  }

  private Map<String, Measured> statementsPerList(
      Journeys journeys,
      WebSession enterprisePages,
      WebSession clerkPages,
      WebSession supervisorPages) {
    Api enterprise = journeys.as(hall.enterprise());
    Api clerk = journeys.as(hall.clerk());
    Api supervisor = journeys.as(hall.supervisor());
    Map<String, Measured> counts = new LinkedHashMap<>();
    counts.put("GET /api/applications (enterprise)", api(enterprise, "/api/applications?size=20"));
    counts.put("GET /api/applications (clerk)", api(clerk, "/api/applications?size=20"));
    counts.put("GET /api/applications (supervisor)", api(supervisor, "/api/applications?size=20"));
    // 21 rows fit on a page of 25, and a page of one is full with one row as with 21
    counts.put("GET /api/tasks (clerk)", api(clerk, "/api/tasks?size=25"));
    counts.put("GET /api/tasks (clerk), a full page", api(clerk, "/api/tasks?size=1"));
    counts.put("GET /api/urges (clerk)", api(clerk, "/api/urges?size=20"));
    counts.put("GET /api/supervision/urges", api(supervisor, "/api/supervision/urges?size=20"));
    counts.put("GET /api/notifications (clerk)", api(clerk, "/api/notifications"));
    counts.put("page /my/applications", page(enterprisePages, "/my/applications"));
    counts.put("page /workbench", page(clerkPages, "/workbench"));
    counts.put("page /workbench/urges", page(clerkPages, "/workbench/urges"));
    // a page of 20 notices: the clerk has one, then twenty-one
    counts.put(
        "page /inbox (clerk)",
        page(
            clerkPages,
            "/inbox",
            rows("SELECT COUNT(*) FROM notification WHERE recipient = ?", hall.clerk()) >= 20));
    counts.put("GET /api/my/results", api(enterprise, "/api/my/results?size=20"));
    counts.put("page /my/licences", page(enterprisePages, "/my/licences"));
    WebSession adminPages = journeys.web(hall.admin());
    // a page of 20 items: the department has one, then twenty-one
    counts.put(
        "page /admin/items",
        page(
            adminPages,
            "/admin/items?department=" + hall.department(),
            rows(
                    "SELECT COUNT(*) FROM service_item WHERE department_code = ? AND active",
                    hall.department())
                >= 20));
    counts.put(
        "page /admin/users", page(adminPages, "/admin/users?department=" + hall.department()));
    counts.put("page /admin/credit-records", page(adminPages, "/admin/credit-records"));
    counts.put("page /admin/enterprises", page(adminPages, "/admin/enterprises"));
    counts.put("page /admin/proofs", page(adminPages, "/admin/proofs"));
    counts.put(
        "GET /api/supervision/ratings by item",
        api(supervisor, "/api/supervision/ratings?by=ITEM"));
    counts.put(
        "GET /api/supervision/ratings by department", api(supervisor, "/api/supervision/ratings"));
    counts.put("GET /api/rectifications (clerk)", api(clerk, "/api/rectifications?size=20"));
    counts.put(
        "GET /api/rectifications (supervisor)", api(supervisor, "/api/rectifications?size=20"));
    String waitingAtAccept = "?department=" + hall.department() + "&size=20";
    counts.put(
        "GET /api/supervision/process-heatmap/tasks/accept/waiting",
        api(supervisor, "/api/supervision/process-heatmap/tasks/accept/waiting" + waitingAtAccept));
    counts.put(
        "page /board/process?task=accept",
        page(
            supervisorPages,
            "/board/process" + waitingAtAccept + "&task=accept",
            rows(
                    "SELECT COUNT(*) FROM work_task WHERE department_code = ?"
                        + " AND task_key = 'accept' AND completed_at IS NULL",
                    hall.department())
                >= 20));
    return counts;
  }

  // a list answered as a page: full when it shows as many rows as it may
  private Measured api(Api caller, String path) {
    Api.Response first = caller.get(path); // the credentials are checked once and remembered
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    int statements =
        new ServerStatements(jdbc)
            .fewest(
                () -> {
                  Api.Response listed = caller.get(path);
                  assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
                });
    JsonNode page = first.body();
    boolean full =
        page.has("content") && page.path("content").size() == page.path("size").asInt(-1);
    return new Measured(statements, full);
  }

  private Measured page(WebSession session, String path) {
    return page(session, path, false);
  }

  private Measured page(WebSession session, String path, boolean fullPage) {
    int statements =
        new ServerStatements(jdbc)
            .fewest(
                () -> {
                  WebSession.Page listed = session.get(path);
                  assertThat(listed.status()).as(path).isEqualTo(200);
                });
    return new Measured(statements, fullPage);
  }

  // the rows a page shows, as the database holds them
  private int rows(String countQuery, Object... arguments) {
    return jdbc.queryForObject(countQuery, Integer.class, arguments);
  }
}
