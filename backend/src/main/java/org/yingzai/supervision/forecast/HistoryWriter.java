package org.yingzai.supervision.forecast;

import static org.yingzai.supervision.forecast.RowBatches.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.clock.ClockLegalBasis;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.HistorySimulation.Pause;
import org.yingzai.supervision.forecast.HistorySimulation.Task;

/**
 * Writes a generated history into our tables as the service hall's own handling would have left it:
 * the application with its deadlines and level, its clock and ledger, its warning events, its
 * work-queue rows and timeline, and the histogram of time used. Open applications get no process
 * instance: their open task is offered to a group no clerk holds, so no queue lists it.
 */
final class HistoryWriter {

  /** The candidate group of generated open tasks: nobody's duty. */
  static final String NOBODY = "sample:nobody";

  static final String ACTOR = "sample";
  static final String ACTOR_NAME = "样例数据";

  private static final int CHUNK = 400;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final WorkingDays days;
  private final HistoryHistograms histograms;
  private final SampleWarnings warnings;

  HistoryWriter(JdbcTemplate jdbc, WorkingDays days) {
    this.jdbc = jdbc;
    this.days = days;
    this.histograms = new HistoryHistograms(jdbc);
    this.warnings = new SampleWarnings(days);
  }

  /** What an item needs beyond the simulation: its name, limits and handling type. */
  record ItemFacts(String name, int legalLimit, int maxExtension, String handlingType) {

    /** From a row of service_item with these columns. */
    static ItemFacts read(ResultSet rs) throws SQLException {
      return new ItemFacts(
          rs.getString("name"),
          rs.getInt("legal_limit"),
          rs.getInt("max_extension"),
          rs.getString("handling_type"));
    }
  }

  /**
   * Writes the cases as of {@code now}; numbers are the prefix, the day and a sequence. Answers the
   * applications' ids in the order of the cases.
   */
  List<String> write(
      List<Case> cases,
      Map<String, ItemFacts> facts,
      long enterpriseId,
      String prefix,
      Instant now) {
    LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
    RowBatches batches = new RowBatches(jdbc, CHUNK);
    RowBatches.Rows applications =
        batches.table(
            "application",
            "id, number, item_code, department_code,"
                + " handling_type, enterprise_id, applicant_username, channel, status, form_json,"
                + " created_at, submitted_at, accepted_at, finished_at, deadline, legal_deadline,"
                + " warning_level, clock_paused, clock_paused_at");
    RowBatches.Rows clocks =
        batches.table(
            "application_clock",
            "application_id, accepted_on, limit_value,"
                + " limit_unit, max_extension, finished_on, legal_limit");
    RowBatches.Rows segments =
        batches.table(
            "clock_segment",
            "application_id, kind, reason, started_on,"
                + " started_at, started_by, ended_on, ended_at, ended_by, legal_basis");
    RowBatches.Rows warningRows =
        batches.table(
            "warning_event",
            "application_id, level_from, level_to, at," + " deadline, days_left, cause");
    RowBatches.Rows tasks =
        batches.table(
            "work_task",
            "task_id, application_id, application_number, item_name,"
                + " task_key, step, department_code, candidate_group, created_at, completed_at,"
                + " completed_by, outcome, handling_type, item_code");
    RowBatches.Rows timeline =
        batches.table("timeline_entry", "application_id, at, step, action, actor," + " actor_name");
    Map<String, Integer> sequence = new HashMap<>();
    Map<List<Object>, Integer> histogram = new HashMap<>();
    List<String> ids = new ArrayList<>(cases.size());
    for (Case c : cases) {
      String id = UUID.randomUUID().toString();
      ids.add(id);
      LocalDate submittedOn = LocalDate.ofInstant(c.submitted(), Times.ZONE);
      String number =
          prefix
              + DAY.format(submittedOn)
              + String.format("%06d", sequence.merge(DAY.format(submittedOn), 1, Integer::sum));
      ItemFacts item = facts.get(c.item().code());
      int limit = c.item().promisedLimit();
      LocalDate acceptedOn = LocalDate.ofInstant(c.accepted(), Times.ZONE);
      LocalDate end = c.finished() != null ? LocalDate.ofInstant(c.finished(), Times.ZONE) : today;
      int paused = 0;
      Instant pausedAt = null;
      for (Pause p : c.pauses()) {
        LocalDate from = LocalDate.ofInstant(p.started(), Times.ZONE);
        LocalDate to = p.ended() != null ? LocalDate.ofInstant(p.ended(), Times.ZONE) : end;
        if (to.isAfter(from)) {
          paused += days.between(from, to.minusDays(1));
        }
        if (p.ended() == null) {
          pausedAt = p.started();
        }
      }
      LocalDate deadlineDay = days.add(days.add(acceptedOn, limit), paused);
      LocalDate legalDay = days.add(days.add(acceptedOn, item.legalLimit()), paused);
      Instant deadline = WorkingDays.endOf(deadlineDay);
      String level;
      if (c.finished() != null) {
        level = end.isAfter(deadlineDay) ? "RED" : "GREEN";
      } else {
        level = warnings.level(today, deadlineDay, limit);
      }
      String status =
          c.finished() != null
              ? (c.denied() ? "DENIED" : "APPROVED")
              : switch (last(c).key()) {
                case "supplementDuringReview" -> "SUPPLEMENT_REQUESTED";
                case "specialProcedure" -> "PAUSED";
                case "decide" -> "AWAITING_DECISION";
                default -> "UNDER_REVIEW";
              };
      applications.add(
          id,
          number,
          c.item().code(),
          c.item().departmentCode(),
          item.handlingType(),
          enterpriseId,
          ACTOR,
          "ONLINE",
          status,
          "{}",
          ts(c.submitted()),
          ts(c.submitted()),
          ts(c.accepted()),
          ts(c.finished()),
          ts(deadline),
          ts(WorkingDays.endOf(legalDay)),
          level,
          pausedAt != null,
          ts(pausedAt));
      clocks.add(
          id,
          acceptedOn,
          limit,
          "WORKING_DAYS",
          item.maxExtension(),
          c.finished() == null ? null : end,
          item.legalLimit());
      Instant running = c.accepted();
      String basis = ClockLegalBasis.ACCEPTED;
      for (Pause p : c.pauses()) {
        segments.add(
            id,
            "RUNNING",
            null,
            day(running),
            ts(running),
            ACTOR,
            day(p.started()),
            ts(p.started()),
            ACTOR,
            basis);
        boolean supplement = "SUPPLEMENT".equals(p.reason());
        segments.add(
            id,
            "PAUSED",
            p.reason(),
            day(p.started()),
            ts(p.started()),
            ACTOR,
            p.ended() == null ? null : day(p.ended()),
            ts(p.ended()),
            p.ended() == null ? null : ACTOR,
            supplement
                ? ClockLegalBasis.SUPPLEMENT_REQUESTED
                : ClockLegalBasis.SPECIAL_PROCEDURE_STARTED);
        running = p.ended();
        basis =
            supplement
                ? ClockLegalBasis.SUPPLEMENT_ANSWERED
                : ClockLegalBasis.SPECIAL_PROCEDURE_FINISHED;
      }
      if (running != null) {
        segments.add(
            id,
            "RUNNING",
            null,
            day(running),
            ts(running),
            ACTOR,
            c.finished() == null ? null : day(c.finished()),
            ts(c.finished()),
            c.finished() == null ? null : ACTOR,
            basis);
      }
      warnings.write(warningRows, id, c, acceptedOn, deadlineDay, limit, level, today);
      int n = 0;
      for (Task t : c.tasks()) {
        boolean open = t.completed() == null;
        String duty =
            switch (t.key()) {
              case "accept" -> "accept";
              case "decide" -> "decide";
              case "supplementDuringReview" -> "applicant";
              default -> "review";
            };
        tasks.add(
            "sample-"
                + id.substring(0, 8)
                + "-"
                + (n++)
                + "-"
                + id.substring(9, 13)
                + id.substring(24),
            id,
            number,
            item.name(),
            t.key(),
            step(t.key()),
            c.item().departmentCode(),
            open ? NOBODY : c.item().departmentCode() + ":" + duty,
            ts(t.created()),
            ts(t.completed()),
            open ? null : ACTOR,
            t.outcome(),
            item.handlingType(),
            c.item().code());
        if (!open) {
          timeline.add(id, ts(t.completed()), step(t.key()), action(t), ACTOR, ACTOR_NAME);
        }
      }
      timeline.add(id, ts(c.submitted()), "SUBMISSION", "SUBMITTED", ACTOR, ACTOR_NAME);
      if (c.finished() != null) {
        int used = Math.max(0, days.between(acceptedOn.plusDays(1), end) - paused);
        histogram.merge(
            List.of(
                c.item().code(),
                c.item().departmentCode(),
                end.withDayOfMonth(1),
                used,
                !"RED".equals(level)),
            1,
            Integer::sum);
      }
    }
    batches.flush();
    histograms.add(histogram, prefix);
    return ids;
  }

  private static String step(String key) {
    return switch (key) {
      case "accept" -> "ACCEPT";
      case "decide" -> "DECIDE";
      case "supplementDuringReview" -> "SUPPLEMENT";
      default -> "REVIEW";
    };
  }

  private static String action(Task t) {
    return switch (t.outcome()) {
      case "ACCEPT" -> "ACCEPTED";
      case "PASS" -> "PASSED";
      case "REQUEST_SUPPLEMENT" -> "SUPPLEMENT_REQUESTED";
      case "SPECIAL_PROCEDURE" -> "SPECIAL_PROCEDURE_STARTED";
      case "APPROVE" -> "APPROVED";
      case "DENY" -> "DENIED";
      default -> t.outcome();
    };
  }

  private static Task last(Case c) {
    return c.tasks().get(c.tasks().size() - 1);
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, Times.ZONE);
  }
}
