package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.Times;
import org.yingzai.supervision.ScoreboardMapper.ProjectSpan;
import org.yingzai.supervision.ScoreboardMapper.Span;
import org.yingzai.supervision.ScoreboardResponse.Figure;
import org.yingzai.supervision.ScoreboardResponse.StageTimes;

/**
 * The scoreboard's figures of what is applied for at once: 开办企业 (the start-up bundles) and 办理建筑许可
 * (each construction stage, and each project through its stages), in working days from the day
 * after the submission to the day the last decision was made.
 */
@Component
class GroupSpanFigures {

  /** The four construction stages in order (国办发〔2019〕11号). */
  private static final List<String> STAGES =
      List.of(
          "LAND_AND_PLANNING",
          "CONSTRUCTION_PERMIT_PLANNING",
          "CONSTRUCTION_PERMIT",
          "COMPLETION_ACCEPTANCE");

  private final ScoreboardMapper mapper;
  private final WorkingCalendar calendar;
  private final FigureTexts texts;

  GroupSpanFigures(ScoreboardMapper mapper, WorkingCalendar calendar, FigureTexts texts) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.texts = texts;
  }

  /** The start-up bundles finished: how many, the enterprise's steps, their working days. */
  List<Figure> startUp(ScoreboardPeriod now, ScoreboardPeriod before) {
    List<Span> spans = mapper.startUpBundles(now.from(), now.to());
    List<Span> spansBefore = mapper.startUpBundles(before.from(), before.to());
    List<Integer> days = days(spans);
    List<Integer> daysBefore = days(spansBefore);
    return List.of(
        texts.count("startUp.finished", spans.size(), (double) spansBefore.size()),
        texts.average("startUp.steps", steps(spans), steps(spansBefore)),
        texts.days("startUp.median", percentile(days, 0.5), percentile(daysBefore, 0.5)),
        texts.days("startUp.p90", percentile(days, 0.9), percentile(daysBefore, 0.9)));
  }

  /** The projects through their completion acceptance: how many, submissions, working days. */
  List<Figure> projects(ScoreboardPeriod now, ScoreboardPeriod before) {
    List<ProjectSpan> spans = mapper.finishedProjects(now.from(), now.to());
    List<ProjectSpan> spansBefore = mapper.finishedProjects(before.from(), before.to());
    List<Integer> days = projectDays(spans);
    List<Integer> daysBefore = projectDays(spansBefore);
    return List.of(
        texts.count("construction.projects", spans.size(), (double) spansBefore.size()),
        texts.average("construction.submissions", submissions(spans), submissions(spansBefore)),
        texts.days("construction.median", percentile(days, 0.5), percentile(daysBefore, 0.5)),
        texts.days("construction.p90", percentile(days, 0.9), percentile(daysBefore, 0.9)));
  }

  /** Each construction stage finished in the period, every stage listed. */
  List<StageTimes> stages(ScoreboardPeriod now) {
    Map<String, List<Integer>> byStage = new LinkedHashMap<>();
    STAGES.forEach(stage -> byStage.put(stage, new ArrayList<>()));
    for (Span span : mapper.finishedStages(now.from(), now.to())) {
      byStage
          .computeIfAbsent(span.key(), k -> new ArrayList<>())
          .add(days(span.submittedAt(), span.finishedAt()));
    }
    List<StageTimes> stages = new ArrayList<>();
    byStage.forEach(
        (stage, days) ->
            stages.add(
                new StageTimes(
                    stage, days.size(), percentileOf(days, 0.5), percentileOf(days, 0.9))));
    return stages;
  }

  /** Working days from the day after the submission to the day it finished (Asia/Shanghai). */
  private int days(Instant submittedAt, Instant finishedAt) {
    LocalDate submitted = LocalDate.ofInstant(submittedAt, Times.ZONE);
    LocalDate finished = LocalDate.ofInstant(finishedAt, Times.ZONE);
    return calendar.workingDaysBetween(submitted.plusDays(1), finished);
  }

  private List<Integer> days(List<Span> spans) {
    return spans.stream().map(s -> days(s.submittedAt(), s.finishedAt())).toList();
  }

  private List<Integer> projectDays(List<ProjectSpan> spans) {
    return spans.stream().map(s -> days(s.submittedAt(), s.finishedAt())).toList();
  }

  /** The enterprise's steps: its one submission and each supplement it answered. */
  private static Double steps(List<Span> spans) {
    return spans.isEmpty()
        ? null
        : spans.stream().mapToLong(s -> 1 + s.supplementsAnswered()).average().orElseThrow();
  }

  private static Double submissions(List<ProjectSpan> spans) {
    return spans.isEmpty()
        ? null
        : spans.stream().mapToLong(ProjectSpan::submissions).average().orElseThrow();
  }

  private static Double percentile(List<Integer> values, double p) {
    Integer value = percentileOf(values, p);
    return value == null ? null : value.doubleValue();
  }

  /** Nearest rank, as the board's. */
  private static Integer percentileOf(List<Integer> values, double p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
