package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistoryWriter.ItemFacts;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/**
 * The sample history's bundles and projects, planned over three months of 2032 for the hall's own
 * enterprise from the catalogue's start-up bundle and construction stages, are written as the
 * service hall leaves them: each bundle and each finished stage finishes with its last member and
 * runs its clock from its first acceptance, every member is approved and belongs to its group, the
 * stages follow one another, and each answered supplement is on record.
 */
@WithHall
class SampleGroupsTest {

  private static final LocalDate FIRST = LocalDate.of(2032, 3, 1);
  private static final LocalDate LAST = LocalDate.of(2032, 5, 31);

  Hall hall;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingCalendar calendar;

  @Test
  void bundlesAndStagesFinishWithTheirLastMemberAndEveryMemberBelongsToItsGroup() {
    WorkingDays days = WorkingDays.of(calendar);
    Map<String, ItemFacts> facts = new HashMap<>();
    SampleGroups groups = new SampleGroups(jdbc, days, 7L, facts).plan(FIRST, LAST);
    assertThat(groups.cases()).isNotEmpty();
    List<String> ids =
        new HistoryWriter(jdbc, days)
            .write(
                groups.cases(),
                facts,
                hall.applicant().id(),
                "SG" + hall.department().substring(hall.department().length() - 4),
                LAST.plusDays(1).atStartOfDay(Times.ZONE).toInstant());
    groups.link(ids, hall.applicant().id(), HistoryWriter.ACTOR);
    long enterprise = hall.applicant().id();

    // the start-up bundles: five members each, the bundle's clock from its first acceptance
    List<Map<String, Object>> bundles =
        jdbc.queryForList(
            "SELECT b.id, b.finished_at, b.started_on, b.status, b.outcome, COUNT(*) AS members,"
                + " MAX(a.finished_at) AS last_decided,"
                // the database keeps UTC; a day is Asia/Shanghai's
                + " DATE(MIN(a.accepted_at) + INTERVAL 8 HOUR) = b.started_on AS clock_from_first,"
                + " SUM(a.status = 'APPROVED') AS approved,"
                + " SUM(a.joint_group = CONCAT('bundle:', b.id)) AS in_group"
                + " FROM bundle_application b JOIN bundle_member m ON m.bundle_application_id = b.id"
                + " JOIN application a ON a.id = m.application_id"
                + " WHERE b.enterprise_id = ? GROUP BY b.id",
            enterprise);
    int bundleItems =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM bundle_item WHERE bundle_code = ?",
            Integer.class,
            SampleGroups.START_UP_BUNDLE);
    assertThat(bundles).hasSizeGreaterThan(20);
    for (Map<String, Object> bundle : bundles) {
      assertThat(bundle.get("status")).isEqualTo("FINISHED");
      assertThat(bundle.get("outcome")).isEqualTo("APPROVED");
      assertThat(((Number) bundle.get("members")).intValue()).isEqualTo(bundleItems);
      assertThat(((Number) bundle.get("approved")).intValue()).isEqualTo(bundleItems);
      assertThat(((Number) bundle.get("in_group")).intValue()).isEqualTo(bundleItems);
      assertThat(bundle.get("finished_at")).isEqualTo(bundle.get("last_decided"));
      assertThat(((Number) bundle.get("clock_from_first")).intValue()).isEqualTo(1);
    }

    // the projects: finished stages one after another, then one open stage, the rest locked
    List<Map<String, Object>> stages =
        jdbc.queryForList(
            "SELECT s.project_id, s.stage, s.status, s.submitted_at, s.finished_at, e.position,"
                + " (SELECT MAX(a.finished_at) FROM project_application pa"
                + " JOIN application a ON a.id = pa.application_id"
                + " WHERE pa.project_id = s.project_id AND pa.stage = s.stage) AS last_decided,"
                + " (SELECT COUNT(*) FROM project_application pa"
                + " JOIN application a ON a.id = pa.application_id"
                + " WHERE pa.project_id = s.project_id AND pa.stage = s.stage"
                + " AND a.status <> 'APPROVED') AS not_approved"
                + " FROM project_stage s JOIN project p ON p.id = s.project_id"
                + " JOIN project_stage_entry e ON e.stage = s.stage"
                + " WHERE p.enterprise_id = ? ORDER BY s.project_id, e.position",
            enterprise);
    assertThat(stages).isNotEmpty();
    assertThat(stages).anyMatch(s -> "FINISHED".equals(s.get("status")));
    String project = null;
    String before = null;
    LocalDateTime finishedBefore = null;
    for (Map<String, Object> stage : stages) {
      if (!stage.get("project_id").equals(project)) {
        project = (String) stage.get("project_id");
        before = null;
        finishedBefore = null;
      }
      String status = (String) stage.get("status");
      switch (status) {
        case "FINISHED" -> {
          assertThat(before).as("before a finished stage").isIn(null, "FINISHED");
          assertThat(stage.get("finished_at")).isEqualTo(stage.get("last_decided"));
          assertThat(((Number) stage.get("not_approved")).intValue()).isZero();
          LocalDateTime submitted = (LocalDateTime) stage.get("submitted_at");
          if (finishedBefore != null) {
            assertThat(submitted).isAfter(finishedBefore);
          }
          finishedBefore = (LocalDateTime) stage.get("finished_at");
        }
        case "OPEN" -> {
          assertThat(before).as("before the open stage").isIn(null, "FINISHED");
          assertThat(stage.get("submitted_at")).isNull();
        }
        default -> {
          assertThat(status).isEqualTo("LOCKED");
          assertThat(before).isIn("OPEN", "LOCKED");
        }
      }
      before = status;
    }

    // every supplement the members answered is on record, answered after it was asked
    List<Map<String, Object>> supplements =
        jdbc.queryForList(
            "SELECT sr.requested_at, sr.answered_at FROM supplement_request sr"
                + " JOIN application a ON a.id = sr.application_id WHERE a.enterprise_id = ?",
            enterprise);
    Integer pauses =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM clock_segment c JOIN application a ON a.id = c.application_id"
                + " WHERE a.enterprise_id = ? AND c.kind = 'PAUSED' AND c.reason = 'SUPPLEMENT'",
            Integer.class,
            enterprise);
    assertThat(supplements).hasSize(pauses).isNotEmpty();
    assertThat(supplements)
        .allMatch(
            s ->
                ((LocalDateTime) s.get("answered_at"))
                    .isAfter((LocalDateTime) s.get("requested_at")));
  }
}
