package org.yingzai.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yingzai.supervision.ScoreboardMapper.FinishedCounts;
import org.yingzai.supervision.ScoreboardMapper.MonthRow;
import org.yingzai.supervision.ScoreboardMapper.SubmittedItem;

/**
 * A period's application counts: its whole months that are over from their monthly snapshot,
 * written the first time the month is read after it ended and never changed after, the rest counted
 * from the applications' indexes.
 */
@Component
class ScoreboardMonths {

  /** How long after its end a month is still open to a transaction that began within it. */
  static final Duration GRACE = Duration.ofHours(1);

  private final ScoreboardMapper mapper;
  private final ScoreboardMonthWriter writer;
  private final Clock clock;
  private final String registrationItem;

  ScoreboardMonths(
      ScoreboardMapper mapper,
      ScoreboardMonthWriter writer,
      Clock clock,
      @Value("${yingzai.scoreboard.registration-item:}") String registrationItem) {
    this.mapper = mapper;
    this.writer = writer;
    this.clock = clock;
    this.registrationItem = registrationItem.isBlank() ? null : registrationItem.strip();
  }

  /**
   * The catalogue item whose approvals count new market entities ({@code
   * yingzai.scoreboard.registration-item}); null when none is set.
   */
  String registrationItem() {
    return registrationItem;
  }

  /** Consecutive days counted from the applications. */
  private record Days(LocalDate first, LocalDate last) {}

  /** The counts of {@code first} to {@code last}, both days included (Asia/Shanghai). */
  PeriodCounts of(LocalDate first, LocalDate last) {
    PeriodCounts total = PeriodCounts.NONE;
    List<Days> live = new ArrayList<>();
    LocalDate day = first;
    while (!day.isAfter(last)) {
      LocalDate month = day.withDayOfMonth(1);
      LocalDate monthEnd = month.plusMonths(1).minusDays(1);
      LocalDate until = last.isBefore(monthEnd) ? last : monthEnd;
      PeriodCounts kept = day.equals(month) && until.equals(monthEnd) ? kept(month) : null;
      if (kept != null) {
        total = total.plus(kept);
      } else if (!live.isEmpty() && live.get(live.size() - 1).last().plusDays(1).equals(day)) {
        live.add(new Days(live.remove(live.size() - 1).first(), until));
      } else {
        live.add(new Days(day, until));
      }
      day = until.plusDays(1);
    }
    if (!live.isEmpty()) {
      Map<String, Long> waived = waivedByItem();
      for (Days days : live) {
        total = total.plus(count(ScoreboardPeriod.of(days.first(), days.last()), waived));
      }
    }
    return total;
  }

  /** A whole month's snapshot, written now if the month is over and has none; null otherwise. */
  private PeriodCounts kept(LocalDate month) {
    Instant end = ScoreboardPeriod.start(month.plusMonths(1));
    if (end.plus(GRACE).isAfter(clock.instant())) {
      return null;
    }
    MonthRow row = mapper.findMonth(month);
    if (row == null) {
      PeriodCounts counts =
          count(ScoreboardPeriod.of(month, month.plusMonths(1).minusDays(1)), waivedByItem());
      writer.keep(month, registrationItem, counts);
      return counts;
    }
    // kept for another registration item: this month is counted again, and not kept
    return Objects.equals(row.registrationItem(), registrationItem) ? row.counts() : null;
  }

  private PeriodCounts count(ScoreboardPeriod period, Map<String, Long> waivedByItem) {
    long taken = 0;
    long atStations = 0;
    long saved = 0;
    for (SubmittedItem item : mapper.submittedByItem(period.from(), period.to())) {
      taken += item.taken();
      atStations += item.atStations();
      saved += item.taken() * waivedByItem.getOrDefault(item.itemCode(), 0L);
    }
    FinishedCounts finished = mapper.finishedIn(period.from(), period.to(), registrationItem);
    return new PeriodCounts(
        taken,
        atStations,
        saved,
        finished.finished(),
        finished.withoutVisit(),
        finished.decided(),
        finished.byPromised(),
        finished.byLegal(),
        finished.registered());
  }

  private Map<String, Long> waivedByItem() {
    Map<String, Long> waived = new HashMap<>();
    mapper.waivedProofsByItem().forEach(w -> waived.put(w.itemCode(), w.waived()));
    return waived;
  }
}
