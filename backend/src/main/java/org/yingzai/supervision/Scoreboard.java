package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Disposition;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.supervision.ScoreboardMapper.Ratings;
import org.yingzai.supervision.ScoreboardMapper.Rectifications;
import org.yingzai.supervision.ScoreboardResponse.Figure;

/**
 * The public scoreboard (营在高新): the zone's promises — proofs no longer asked for, handling nearby,
 * approval without a visit, limits kept, satisfaction, starting a business and construction permits
 * — counted by queries over our own tables for a period, each beside the period before, each with
 * its definition.
 */
@Service
class Scoreboard {

  /** The longest period asked at once. */
  static final int MAX_DAYS = 366;

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

  private final ScoreboardMapper mapper;
  private final ScoreboardMonths months;
  private final FigureTexts texts;
  private final GroupSpanFigures groups;
  private final LimitTimes limits;
  private final String registrationItem;

  Scoreboard(
      ScoreboardMapper mapper,
      ScoreboardMonths months,
      FigureTexts texts,
      GroupSpanFigures groups,
      LimitTimes limits) {
    this.mapper = mapper;
    this.months = months;
    this.texts = texts;
    this.groups = groups;
    this.limits = limits;
    this.registrationItem = months.registrationItem();
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
    ScoreboardPeriod now = ScoreboardPeriod.of(from, to);
    ScoreboardPeriod before = ScoreboardPeriod.of(previousFrom, previousTo);

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
    figures.add(texts.count("proofs.waived", waived, null));
    Pair<PeriodCounts> counts =
        new Pair<>(months.of(from, to), months.of(previousFrom, previousTo));
    figures.add(
        texts.count(
            "proofs.uploadsSaved",
            counts.now().uploadsSaved(),
            (double) counts.before().uploadsSaved()));

    figures.add(texts.count("nearby.items", mapper.itemsAtStations(), null));
    figures.add(rate("nearby.share", counts, PeriodCounts::atStations, PeriodCounts::taken));
    figures.add(rate("noVisit.share", counts, PeriodCounts::withoutVisit, PeriodCounts::finished));
    figures.add(rate("onTime.promised", counts, PeriodCounts::byPromised, PeriodCounts::decided));
    figures.add(rate("onTime.legal", counts, PeriodCounts::byLegal, PeriodCounts::decided));
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
    figures.addAll(groups.startUp(now, before));
    // new market entities: the approvals of the registration item
    if (registrationItem != null) {
      figures.add(
          texts.count(
              "entities.registered",
              counts.now().registered(),
              (double) counts.before().registered()));
    }
    figures.addAll(groups.projects(now, before));
    return new ScoreboardResponse(
        from,
        to,
        previousFrom,
        previousTo,
        proofs,
        figures,
        limits.departments(from, to),
        limits.themes(from, to),
        groups.stages(now));
  }

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
    ScoreboardPeriod period = ScoreboardPeriod.of(from, to);
    return PageResponse.read(
        mapper.behind(
            figure, part, registrationItem, period.from(), period.to(), page.offset(), page.size()),
        page,
        () -> mapper.countBehind(figure, part, registrationItem, period.from(), period.to()));
  }

  /** One count of the period and of the one before. */
  private record Pair<T>(T now, T before) {}

  private static <T> Pair<T> both(
      ScoreboardPeriod now, ScoreboardPeriod before, BiFunction<Instant, Instant, T> count) {
    return new Pair<>(count.apply(now.from(), now.to()), count.apply(before.from(), before.to()));
  }

  private <T> Figure rate(
      String key, Pair<T> counts, ToLongFunction<T> part, ToLongFunction<T> of) {
    return texts.rate(
        key,
        part.applyAsLong(counts.now()),
        of.applyAsLong(counts.now()),
        part.applyAsLong(counts.before()),
        of.applyAsLong(counts.before()));
  }
}
