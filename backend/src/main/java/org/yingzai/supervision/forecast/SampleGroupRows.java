package org.yingzai.supervision.forecast;

import static org.yingzai.supervision.forecast.RowBatches.ts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.SampleGroups.BundleRun;
import org.yingzai.supervision.forecast.SampleGroups.Member;
import org.yingzai.supervision.forecast.SampleGroups.ProjectRun;
import org.yingzai.supervision.forecast.SampleGroups.StageRun;

/**
 * SAMPLE DATA: the planned bundles and projects written as the service hall leaves them, once their
 * members are written: each bundle and finished stage with its clock from its first acceptance and
 * its members, each answered supplement, the stages not yet submitted.
 */
final class SampleGroupRows {

  private final JdbcTemplate jdbc;
  private final WorkingDays days;
  private final List<Case> cases;
  private final List<BundleRun> bundles;
  private final List<ProjectRun> projects;

  SampleGroupRows(
      JdbcTemplate jdbc,
      WorkingDays days,
      List<Case> cases,
      List<BundleRun> bundles,
      List<ProjectRun> projects) {
    this.jdbc = jdbc;
    this.days = days;
    this.cases = cases;
    this.bundles = bundles;
    this.projects = projects;
  }

  /** Writes the bundles and projects of the enterprise, their members' ids given. */
  void write(List<String> ids, long enterpriseId, String actor) {
    RowBatches batches = new RowBatches(jdbc, 400);
    RowBatches.Rows bundleRows =
        batches.table(
            "bundle_application",
            "id, bundle_code, enterprise_id, created_by, created_at, status, form_json,"
                + " submitted_at, submitted_by, promised_limit, legal_limit, started_on, deadline,"
                + " legal_deadline, warning_level, finished_at, outcome");
    RowBatches.Rows bundleMembers =
        batches.table(
            "bundle_member", "application_id, bundle_application_id, item_code, position");
    RowBatches.Rows projectRows =
        batches.table(
            "project",
            "id, code, name, enterprise_id, location, investment, project_type, key_project,"
                + " created_by, created_at");
    RowBatches.Rows stageRows =
        batches.table(
            "project_stage",
            "project_id, stage, status, form_json, opened_at, submitted_at, submitted_by,"
                + " legal_limit, promised_limit, started_on, deadline, legal_deadline,"
                + " warning_level, finished_at, outcome");
    RowBatches.Rows laterStages =
        batches.table("project_stage", "project_id, stage, status, form_json, opened_at");
    RowBatches.Rows stageMembers =
        batches.table("project_application", "application_id, project_id, stage, item_code");
    RowBatches.Rows supplements =
        batches.table(
            "supplement_request",
            "application_id, step, requested_by, requested_at, comment, material_watermark,"
                + " answered_by, answered_at, answer_comment");
    List<Object[]> groups = new ArrayList<>();
    for (BundleRun bundle : bundles) {
      String id = UUID.randomUUID().toString();
      Clock clock = clock(bundle.members(), bundle.promisedLimit(), bundle.legalLimit());
      bundleRows.add(
          id,
          bundle.code(),
          enterpriseId,
          actor,
          ts(bundle.submitted().minusSeconds(1200)),
          "FINISHED",
          "{}",
          ts(bundle.submitted()),
          actor,
          bundle.promisedLimit(),
          bundle.legalLimit(),
          clock.startedOn(),
          ts(clock.deadline()),
          ts(clock.legalDeadline()),
          clock.level(),
          ts(clock.finished()),
          "APPROVED");
      int position = 1;
      for (Member m : bundle.members()) {
        String applicationId = ids.get(m.index());
        bundleMembers.add(applicationId, id, cases.get(m.index()).item().code(), position++);
        groups.add(new Object[] {"bundle:" + id, applicationId});
        supplement(supplements, m, applicationId, actor);
      }
    }
    for (ProjectRun project : projects) {
      String id = UUID.randomUUID().toString();
      projectRows.add(
          id,
          project.code(),
          project.name(),
          enterpriseId,
          "山东省东营市高新技术产业开发区（样例地址）",
          new BigDecimal(5000 + 1000 * (project.code().hashCode() & 0x1f)),
          project.type(),
          false,
          actor,
          ts(project.created()));
      Instant opened = project.created();
      for (int s = 0; s < project.stages().size(); s++) {
        String stage = project.stages().get(s);
        if (s < project.finished().size()) {
          StageRun run = project.finished().get(s);
          Clock clock = clock(run.members(), run.promisedLimit(), run.legalLimit());
          stageRows.add(
              id,
              stage,
              "FINISHED",
              "{}",
              ts(opened),
              ts(run.submitted()),
              actor,
              run.legalLimit(),
              run.promisedLimit(),
              clock.startedOn(),
              ts(clock.deadline()),
              ts(clock.legalDeadline()),
              clock.level(),
              ts(clock.finished()),
              "APPROVED");
          for (Member m : run.members()) {
            String applicationId = ids.get(m.index());
            stageMembers.add(applicationId, id, stage, cases.get(m.index()).item().code());
            supplement(supplements, m, applicationId, actor);
          }
          opened = clock.finished();
        } else if (s == project.finished().size()) {
          laterStages.add(id, stage, "OPEN", "{}", ts(opened));
        } else {
          laterStages.add(id, stage, "LOCKED", null, null);
        }
      }
    }
    batches.flush();
    jdbc.batchUpdate("UPDATE application SET joint_group = ? WHERE id = ?", groups);
  }

  private void supplement(RowBatches.Rows rows, Member m, String applicationId, String actor) {
    if (m.supplementAsked() == null) {
      return;
    }
    rows.add(
        applicationId,
        "REVIEW",
        actor,
        ts(m.supplementAsked()),
        "请补充提交相关说明材料（样例数据）",
        0,
        actor,
        ts(m.supplementAnswered()),
        "已补充（样例数据）");
  }

  /** A group's clock: from its first acceptance, its limit, the level its finish left it at. */
  private record Clock(
      LocalDate startedOn,
      Instant deadline,
      Instant legalDeadline,
      Instant finished,
      String level) {}

  private Clock clock(List<Member> members, int promisedLimit, int legalLimit) {
    LocalDate startedOn =
        members.stream()
            .map(m -> LocalDate.ofInstant(cases.get(m.index()).accepted(), Times.ZONE))
            .min(LocalDate::compareTo)
            .orElseThrow();
    Instant finished =
        members.stream().map(m -> cases.get(m.index()).finished()).max(Instant::compareTo).get();
    Instant deadline = WorkingDays.endOf(days.add(startedOn, promisedLimit));
    return new Clock(
        startedOn,
        deadline,
        WorkingDays.endOf(days.add(startedOn, legalLimit)),
        finished,
        finished.isAfter(deadline) ? "RED" : "GREEN");
  }
}
