package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WebSession;
import org.yingzai.support.WithHall;

/**
 * The administrator's calendar page publishes, refuses and withdraws a year, and every page warns
 * administrators from 1 November while the next year is missing. The year 2041 is one no other test
 * publishes; it is withdrawn after each test.
 */
@WithHall
class CalendarPageTest {

  private static final String WARNING = "2041 年的节假日安排尚未发布";

  @Autowired WorkingCalendar calendar;
  Hall hall;
  Journeys journeys;

  @AfterEach
  void withdraw2041() {
    if (calendar.isPublished(2041)) {
      WebSession admin = journeys.web(hall.admin());
      admin.get("/admin/calendar?year=2041");
      admin.post("/admin/calendar/2041/withdraw", Map.of());
    }
  }

  @Test
  void administratorsAreWarnedFromNovemberWhileTheNextYearIsMissing() {
    EngineTime.at(LocalDateTime.of(2040, 10, 31, 23, 0));
    assertThat(journeys.web(hall.admin()).get("/admin").html()).doesNotContain(WARNING);

    EngineTime.at(LocalDateTime.of(2040, 11, 1, 8, 0));
    WebSession admin = journeys.web(hall.admin());
    assertThat(admin.get("/admin").html()).contains(WARNING, "/admin/calendar?year=2041");
    assertThat(admin.get("/admin/proofs").html()).contains(WARNING);
    assertThat(journeys.web(hall.clerk()).get("/workbench").html()).doesNotContain(WARNING);

    WebSession.Page published = publish(admin, "2041-01-01 HOLIDAY 元旦\n2041-02-02 WORKDAY 春节调休上班");
    assertThat(published.status()).as(published.html()).isEqualTo(302);
    assertThat(admin.get("/admin").html()).doesNotContain(WARNING);
  }

  @Test
  void aYearIsPublishedShownAndWithdrawn() {
    WebSession admin = journeys.web(hall.admin());
    WebSession.Page empty = admin.get("/admin/calendar?year=2041");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.html()).contains("未发布");

    WebSession.Page published =
        publish(admin, "2041-01-01 HOLIDAY 元旦\n\n2041-02-02 WORKDAY 春节调休上班");
    assertThat(published.status()).isEqualTo(302);
    assertThat(published.location()).endsWith("/admin/calendar?year=2041");
    assertThat(calendar.isPublished(2041)).isTrue();
    assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2041, 2, 2))).isTrue();
    String shown = admin.get("/admin/calendar?year=2041").html();
    assertThat(shown).contains("已发布（2 天）", "2041-01-01", "元旦", "春节调休上班", "国办发明电〔2040〕1号");

    WebSession.Page withdrawn = admin.post("/admin/calendar/2041/withdraw", Map.of());
    assertThat(withdrawn.status()).isEqualTo(302);
    assertThat(calendar.isPublished(2041)).isFalse();
    assertThat(admin.get("/admin/calendar?year=2041").html()).contains("已撤回");
  }

  @Test
  void everyBadLineIsNamedBesideTheDaysAndNothingIsPublished() {
    WebSession admin = journeys.web(hall.admin());
    admin.get("/admin/calendar?year=2041");
    // 7 January 2041 is a Monday, 30 February does not exist
    String typed = "2041-02-30 HOLIDAY 春节\n\n2041-01-01 HOLIDAY 元旦\n2041-01-07 WORKDAY 上班";
    WebSession.Page refused = publish(admin, typed);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.html())
        .contains("第 1 行：", "第 4 行：", "不是周六或周日")
        .doesNotContain("第 3 行：")
        .contains("2041-01-07 WORKDAY 上班");
    assertThat(calendar.isPublished(2041)).isFalse();

    WebSession.Page noSource =
        admin.post("/admin/calendar/2041", Map.of("source", " ", "days", "2041-01-01 HOLIDAY 元旦"));
    assertThat(noSource.status()).isEqualTo(422);
    assertThat(noSource.html()).contains("请填写依据");
  }

  @Test
  void onlyAdministratorsSeeTheCalendarPage() {
    assertThat(journeys.web(hall.supervisor()).get("/admin/calendar").status()).isEqualTo(403);
    assertThat(journeys.web(hall.clerk()).get("/admin").status()).isEqualTo(403);
  }

  private static WebSession.Page publish(WebSession admin, String days) {
    admin.get("/admin/calendar?year=2041");
    return admin.post(
        "/admin/calendar/2041",
        Map.of("source", "国办发明电〔2040〕1号", "publishedOn", "2040-11-05", "days", days));
  }
}
