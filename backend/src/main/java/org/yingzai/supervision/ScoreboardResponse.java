package org.yingzai.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yingzai.catalog.Disposition;

/**
 * The zone's promises measured from live data for a period, each figure beside the same figure of
 * the period just before (as long), with its definition in words. No personal data.
 *
 * @param proofsByDisposition the catalogue's proofs now, by disposition
 * @param departments each department's limits and the time its applications took
 * @param themes likewise by lifecycle theme
 * @param constructionStages each construction stage finished in the period: how many, how long
 */
public record ScoreboardResponse(
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    Map<Disposition, Long> proofsByDisposition,
    List<Figure> figures,
    List<GroupTimes> departments,
    List<GroupTimes> themes,
    List<StageTimes> constructionStages) {

  /**
   * A construction stage (办理建筑许可): the stages finished in the period and the working days from
   * their one submission to their finish.
   */
  public record StageTimes(String stage, long finished, Integer medianDays, Integer p90Days) {}

  /**
   * A department's or a theme's time limits, promised against legal, and the working days its
   * applications finished in the months the period touches actually took.
   *
   * @param promisedReduction 1 − promised ÷ legal over its items (the cut promised)
   * @param finished applications finished in those months
   * @param medianDays the median working days used (nearest rank); {@code null} with none finished
   * @param p90Days the 90th percentile
   * @param legalDays the legal limit of the finished applications' items, on average
   * @param promisedDays the promised limit likewise
   * @param measuredReduction 1 − median ÷ legal limit of what finished: the cut as measured
   */
  public record GroupTimes(
      String code,
      String name,
      long items,
      Double promisedReduction,
      long finished,
      Integer medianDays,
      Integer p90Days,
      Double legalDays,
      Double promisedDays,
      Double measuredReduction) {}

  /**
   * One figure: a count or a rate (0–1), now and in the period before; {@code null} where nothing
   * was there to count (a rate of nothing).
   *
   * @param key stable, e.g. {@code proofs.uploadsSaved}
   * @param of what a rate is of (its denominator) now; {@code null} for a count
   */
  public record Figure(
      String key,
      Unit unit,
      Double value,
      Double previous,
      Long of,
      String title,
      String definition) {}

  public enum Unit {
    COUNT,
    RATE,
    /** Working days. */
    DAYS
  }
}
