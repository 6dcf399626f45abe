package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/** An application's part of the audit trail on the staff's pages, and never for the enterprise. */
@WithHall
class TrailPageTest {

  Hall hall;
  Journeys journeys;

  @Test
  void theClerkAndTheSupervisorSeeWhoDidWhatAndWhy() {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());

    for (String staff : new String[] {hall.clerk(), hall.supervisor()}) {
      WebSession.Page trail = journeys.web(staff).htmx("/applications/" + id + "/trail");
      assertThat(trail.status()).as(staff).isEqualTo(200);
      assertThat(trail.html())
          .contains("审计记录", "创建草稿", "上传材料", "提交申请", "办理环节", "申请人", "工作人员")
          .contains(hall.enterprise(), hall.clerk());
      // newest first
      assertThat(trail.html().indexOf("办理环节")).isLessThan(trail.html().indexOf("提交申请"));
    }
    assertThat(journeys.web(hall.clerk()).get("/workbench/applications/" + id).html())
        .contains("hx-get=\"/applications/" + id + "/trail\"");
  }

  @Test
  void theEnterpriseAndAnotherDepartmentGetNotFound() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());

    assertThat(journeys.web(hall.enterprise()).htmx("/applications/" + id + "/trail").status())
        .isEqualTo(404);
    assertThat(journeys.web(hall.outsider()).htmx("/applications/" + id + "/trail").status())
        .isEqualTo(404);
    assertThat(journeys.web(hall.enterprise()).get("/my/applications/" + id).html())
        .doesNotContain("/trail");
  }
}
