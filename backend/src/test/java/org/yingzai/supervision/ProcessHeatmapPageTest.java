package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** The process heatmap page over plain HTTP. */
@WithHall
class ProcessHeatmapPageTest {

  Hall hall;
  Journeys journeys;

  @Test
  void thePageDrawsTheProcessWithItsNumbersAndListsTheApplicationsWaitingAtATask() {
    Map<String, String> ids = ProcessHeatmapTest.journey(hall, journeys);
    String b = journeys.application(hall.enterprise(), ids.get("B")).path("number").asText();
    WebSession supervisor = journeys.web(hall.supervisor());
    String filters = "?department=" + hall.department() + "&from=2026-03-01&to=2026-03-31";

    WebSession.Page page = supervisor.get("/board/process" + filters);
    assertThat(page.status()).isEqualTo(200);
    String html = page.html();
    assertThat(html)
        .contains("<svg", "data-task=\"accept\"", "data-task=\"supplementDuringReview\"")
        .contains("等待 1", "中位 4.0 时", "P90 26 时")
        .contains("data-flow=\"flowSupplementRequestedDuringReview\" data-taken=\"1\"")
        .contains("id=\"heatmap-tasks\"", "id=\"heatmap-flows\"")
        // the waiting list of a task is a link away, for the keyboard as for the mouse
        .contains("task=review#waiting")
        .doesNotContain("style=", "<script>");
    assertThat(html).doesNotContain("id=\"waiting\"");

    WebSession.Page review = supervisor.get("/board/process" + filters + "&task=review");
    assertThat(review.status()).isEqualTo(200);
    assertThat(review.html())
        .contains("id=\"waiting\"", b, "/board/applications/" + ids.get("B"), "2026-03-03 10:00");

    WebSession.Page english = supervisor.get("/board/process" + filters + "&lang=en");
    assertThat(english.html()).contains("Where the approval waits", "waiting 1", "Review");

    assertThat(journeys.web(hall.clerk()).get("/board/process").status()).isEqualTo(403);
    // a period that ends before it starts is refused beside its fields, what was typed kept
    WebSession.Page backwards = supervisor.get("/board/process?from=2026-05-02&to=2026-05-01");
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.html())
        .contains("id=\"filter-from-error\"", "统计期间的起始 2026-05-02 晚于结束 2026-05-01")
        .contains("value=\"2026-05-02\"", "value=\"2026-05-01\"")
        .contains("<svg");
    assertThat(supervisor.get("/board/process").html()).contains("href=\"/board/process\"");
  }
}
