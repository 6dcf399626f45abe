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
 */
public record ScoreboardResponse(
    LocalDate from,
    LocalDate to,
    LocalDate previousFrom,
    LocalDate previousTo,
    Map<Disposition, Long> proofsByDisposition,
    List<Figure> figures) {

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
    RATE
  }
}
