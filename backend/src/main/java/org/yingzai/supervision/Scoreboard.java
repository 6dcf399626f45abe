package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Disposition;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;
import org.yingzai.supervision.ScoreboardMapper.Decided;
import org.yingzai.supervision.ScoreboardMapper.Finished;
import org.yingzai.supervision.ScoreboardMapper.GroupDurations;
import org.yingzai.supervision.ScoreboardMapper.GroupLimits;
import org.yingzai.supervision.ScoreboardMapper.ProjectSpan;
import org.yingzai.supervision.ScoreboardMapper.Ratings;
import org.yingzai.supervision.ScoreboardMapper.Rectifications;
import org.yingzai.supervision.ScoreboardMapper.Span;
import org.yingzai.supervision.ScoreboardMapper.Taken;
import org.yingzai.supervision.ScoreboardResponse.Figure;
import org.yingzai.supervision.ScoreboardResponse.GroupTimes;
import org.yingzai.supervision.ScoreboardResponse.StageTimes;
import org.yingzai.supervision.ScoreboardResponse.Unit;
import org.yingzai.supervision.StatisticsMapper.DurationCount;

/**
 * The public scoreboard (营在高新): the zone's promises — proofs no longer asked for, handling nearby,
 * approval without a visit, limits kept, satisfaction — counted by queries over our own tables for
 * a period, each beside the period before, each with its definition.
 */
@Service
class Scoreboard {

  /** The longest period asked at once. */
  static final int MAX_DAYS = 366;

  private final ScoreboardMapper mapper;
  private final MessageSource messages;
  private final WorkingCalendar calendar;
  private final String registrationItem;

  Scoreboard(
      ScoreboardMapper mapper,
      MessageSource messages,
      WorkingCalendar calendar,
      @Value("${yingzai.scoreboard.registration-item:}") String registrationItem) {
    this.mapper = mapper;
    this.messages = messages;
    this.calendar = calendar;
    this.registrationItem = registrationItem.isBlank() ? null : registrationItem.strip();
  }

  /**
   * The figures of {@code from} to {@code to}, both days included (Asia/Shanghai), beside those of
   * the as long period just before.
   *
   * @throws ProblemException 400 {@code PERIOD_INVALID} when {@code to} is before {@code from}; 400
   *     {@code PERIOD_TOO_LONG} past {@value #MAX_DAYS} days
   */
  @Transactional(readOnly = true)
  ScoreboardResponse of(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_DAYS) {
      throw ProblemException.badRequest("PERIOD_TOO_LONG", MAX_DAYS);
    }
    LocalDate previousTo = from.minusDays(1);
    LocalDate previousFrom = previousTo.minusDays(days - 1);
    Period now = new Period(start(from), start(to.plusDays(1)));
    Period before = new Period(start(previousFrom), start(from));

    Map<Disposition, Long> proofs = new EnumMap<>(Disposition.class);
    for (Disposition disposition : Disposition.values()) {
      proofs.put(disposition, 0L);
    }
    mapper.proofsByDisposition().forEach(c -> proofs.put(c.disposition(), c.proofs()));
    long waived =
        proofs.entrySet().stream()
            .filter(e -> e.getKey() != Disposition.REQUIRED)
            .mapToLong(Map.Entry::getValue)
            .sum();

    List<Figure> figures = new ArrayList<>();
    figures.add(count("proofs.waived", waived, null));
    figures.add(
        count(
            "proofs.uploadsSaved",
            mapper.uploadsSaved(now.from, now.to),
            (double) mapper.uploadsSaved(before.from, before.to)));

    figures.add(count("nearby.items", mapper.itemsAtStations(), null));
    Pair<Taken> taken = both(now, before, mapper::taken);
    figures.add(rate("nearby.share", taken, Taken::atStations, Taken::taken));
    figures.add(
        rate(
            "noVisit.share",
            both(now, before, mapper::finished),
            Finished::withoutVisit,
            Finished::finished));
    Pair<Decided> decided = both(now, before, mapper::decided);
    figures.add(rate("onTime.promised", decided, Decided::byPromised, Decided::decided));
    figures.add(rate("onTime.legal", decided, Decided::byLegal, Decided::decided));
    figures.add(
        rate(
            "ratings.satisfied",
            both(now, before, mapper::ratings),
            Ratings::satisfied,
            Ratings::ratings));
    figures.add(
        rate(
            "rectifications.inTime",
            both(now, before, mapper::rectifications),
            Rectifications::answeredInTime,
            Rectifications::opened));
    // 开办企业: the start-up bundles finished in the period
    List<Span> startUps = mapper.startUpBundles(now.from, now.to);
    List<Span> startUpsBefore = mapper.startUpBundles(before.from, before.to);
    figures.add(count("startUp.finished", startUps.size(), (double) startUpsBefore.size()));
    figures.add(
        new Figure(
            "startUp.steps",
            Unit.COUNT,
            averageSteps(startUps),
            averageSteps(startUpsBefore),
            null,
            text("startUp.steps.title"),
            text("startUp.steps.def")));
    figures.add(
        days(
            "startUp.median",
            percentile(workingDays(startUps), 0.5),
            percentile(workingDays(startUpsBefore), 0.5)));
    figures.add(
        days(
            "startUp.p90",
            percentile(workingDays(startUps), 0.9),
            percentile(workingDays(startUpsBefore), 0.9)));
    // new market entities: the approvals of the registration item
    if (registrationItem != null) {
      figures.add(
          count(
              "entities.registered",
              mapper.approvals(registrationItem, now.from, now.to),
              (double) mapper.approvals(registrationItem, before.from, before.to)));
    }
    // 办理建筑许可: each construction stage finished in the period
    Map<String, List<Integer>> stageDays = new LinkedHashMap<>();
    for (String stage : STAGES) {
      stageDays.put(stage, new ArrayList<>());
    }
    for (Span span : mapper.finishedStages(now.from, now.to)) {
      stageDays.computeIfAbsent(span.key(), k -> new ArrayList<>()).add(workingDays(span));
    }
    // and each project through all its stages, from its first submission to its joint acceptance
    List<ProjectSpan> projects = mapper.finishedProjects(now.from, now.to);
    List<ProjectSpan> projectsBefore = mapper.finishedProjects(before.from, before.to);
    figures.add(count("construction.projects", projects.size(), (double) projectsBefore.size()));
    figures.add(
        new Figure(
            "construction.submissions",
            Unit.COUNT,
            averageSubmissions(projects),
            averageSubmissions(projectsBefore),
            null,
            text("construction.submissions.title"),
            text("construction.submissions.def")));
    figures.add(
        days(
            "construction.median",
            percentile(projectDays(projects), 0.5),
            percentile(projectDays(projectsBefore), 0.5)));
    figures.add(
        days(
            "construction.p90",
            percentile(projectDays(projects), 0.9),
            percentile(projectDays(projectsBefore), 0.9)));
    List<StageTimes> stages = new ArrayList<>();
    stageDays.forEach(
        (stage, spans) ->
            stages.add(
                new StageTimes(
                    stage, spans.size(), percentileOf(spans, 0.5), percentileOf(spans, 0.9))));

    LocalDate fromMonth = from.withDayOfMonth(1);
    LocalDate toMonth = to.withDayOfMonth(1);
    return new ScoreboardResponse(
        from,
        to,
        previousFrom,
        previousTo,
        proofs,
        figures,
        times(mapper.departmentLimits(), mapper.departmentDurations(fromMonth, toMonth), false),
        times(mapper.themeLimits(), mapper.themeDurations(fromMonth, toMonth), true),
        stages);
  }

  /** The figures whose applications a supervisor may list. */
  static final List<String> DRILLABLE =
      List.of(
          "proofs.uploadsSaved",
          "nearby.share",
          "noVisit.share",
          "onTime.promised",
          "onTime.legal",
          "ratings.satisfied",
          "rectifications.inTime",
          "startUp.finished",
          "startUp.steps",
          "startUp.median",
          "startUp.p90",
          "entities.registered",
          "construction.projects",
          "construction.submissions",
          "construction.median",
          "construction.p90");

  /**
   * The applications a figure counts in the period, newest first: all it is of, or with {@code
   * part} those it counts as kept.
   *
   * @throws ProblemException 400 {@code FIGURE_NOT_LISTED} for a figure without applications to
   *     list; the period's refusals of {@link #of}
   */
  @Transactional(readOnly = true)
  PageResponse<ScoreboardMapper.BehindRow> behind(
      String figure, boolean part, LocalDate from, LocalDate to, PageRequest page) {
    if (!DRILLABLE.contains(figure)
        || ("entities.registered".equals(figure) && registrationItem == null)) {
      throw ProblemException.badRequest("FIGURE_NOT_LISTED", String.valueOf(figure));
    }
    if (to.isBefore(from)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    Instant start = start(from);
    Instant end = start(to.plusDays(1));
    return new PageResponse<>(
        mapper.behind(figure, part, registrationItem, start, end, page.offset(), page.size()),
        page.page(),
        page.size(),
        mapper.countBehind(figure, part, registrationItem, start, end));
  }

  /** The four construction stages in order (国办发〔2019〕11号). */
  private static final List<String> STAGES =
      List.of(
          "LAND_AND_PLANNING",
          "CONSTRUCTION_PERMIT_PLANNING",
          "CONSTRUCTION_PERMIT",
          "COMPLETION_ACCEPTANCE");

  /** Working days from the day after the submission to the day it finished (Asia/Shanghai). */
  private int workingDays(Span span) {
    return workingDays(span.submittedAt(), span.finishedAt());
  }

  private int workingDays(Instant submittedAt, Instant finishedAt) {
    LocalDate submitted = LocalDate.ofInstant(submittedAt, Times.ZONE);
    LocalDate finished = LocalDate.ofInstant(finishedAt, Times.ZONE);
    return calendar.workingDaysBetween(submitted.plusDays(1), finished);
  }

  private List<Integer> projectDays(List<ProjectSpan> spans) {
    return spans.stream().map(s -> workingDays(s.submittedAt(), s.finishedAt())).toList();
  }

  private static Double averageSubmissions(List<ProjectSpan> spans) {
    return spans.isEmpty()
        ? null
        : spans.stream().mapToLong(ProjectSpan::submissions).average().orElseThrow();
  }

  private List<Integer> workingDays(List<Span> spans) {
    return spans.stream().map(this::workingDays).toList();
  }

  /** The enterprise's steps: its one submission and each supplement it answered. */
  private static Double averageSteps(List<Span> spans) {
    return spans.isEmpty()
        ? null
        : spans.stream().mapToLong(s -> 1 + s.supplementsAnswered()).average().orElseThrow();
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

  private Figure days(String key, Double value, Double previous) {
    return new Figure(
        key, Unit.DAYS, value, previous, null, text(key + ".title"), text(key + ".def"));
  }

  private List<GroupTimes> times(
      List<GroupLimits> limits, List<GroupDurations> durations, boolean themes) {
    Map<String, List<GroupDurations>> byGroup = new LinkedHashMap<>();
    durations.forEach(d -> byGroup.computeIfAbsent(d.groupCode(), c -> new ArrayList<>()).add(d));
    List<GroupTimes> times = new ArrayList<>();
    for (GroupLimits group : limits) {
      List<GroupDurations> counts = byGroup.getOrDefault(group.groupCode(), List.of());
      List<DurationCount> ordered =
          counts.stream()
              .map(c -> new DurationCount(null, c.workingDays(), false, c.applications()))
              .toList();
      long finished = counts.stream().mapToLong(GroupDurations::applications).sum();
      Integer median = OverviewService.percentile(ordered, finished, 0.5);
      Integer p90 = OverviewService.percentile(ordered, finished, 0.9);
      Double legalDays =
          finished == 0
              ? null
              : (double) counts.stream().mapToLong(GroupDurations::legalDays).sum() / finished;
      Double promisedDays =
          finished == 0
              ? null
              : (double) counts.stream().mapToLong(GroupDurations::promisedDays).sum() / finished;
      times.add(
          new GroupTimes(
              group.groupCode(),
              themes ? label("catalog.theme." + group.groupCode()) : group.groupName(),
              group.items(),
              group.legal() == 0 ? null : 1 - (double) group.promised() / group.legal(),
              finished,
              median,
              p90,
              legalDays,
              promisedDays,
              median == null || legalDays == null || legalDays == 0
                  ? null
                  : 1 - median / legalDays));
    }
    return times;
  }

  private record Period(Instant from, Instant to) {}

  /** One count of the period and of the one before. */
  private record Pair<T>(T now, T before) {}

  private static <T> Pair<T> both(
      Period now, Period before, BiFunction<Instant, Instant, T> count) {
    return new Pair<>(count.apply(now.from, now.to), count.apply(before.from, before.to));
  }

  private <T> Figure rate(
      String key, Pair<T> counts, ToLongFunction<T> part, ToLongFunction<T> of) {
    return rate(
        key,
        part.applyAsLong(counts.now()),
        of.applyAsLong(counts.now()),
        part.applyAsLong(counts.before()),
        of.applyAsLong(counts.before()));
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(Times.ZONE).toInstant();
  }

  private Figure count(String key, long value, Double previous) {
    return new Figure(
        key, Unit.COUNT, (double) value, previous, null, text(key + ".title"), text(key + ".def"));
  }

  private Figure rate(String key, long part, long of, long partBefore, long ofBefore) {
    return new Figure(
        key,
        Unit.RATE,
        of == 0 ? null : (double) part / of,
        ofBefore == 0 ? null : (double) partBefore / ofBefore,
        of,
        text(key + ".title"),
        text(key + ".def"));
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }

  private String text(String key) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage("scoreboard." + key, null, locale);
  }
}
