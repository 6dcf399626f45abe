package org.yingzai.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.clock.WarningLevel;
import org.yingzai.clock.WorkingCalendar;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.Times;
import org.yingzai.supervision.StatisticsMapper.Filter;
import org.yingzai.supervision.StatisticsMapper.WatchedRow;

/**
 * The overdue and at-risk lists of open applications, nearest deadline first: past the promised
 * deadline (RED), past the legal deadline, or close to the promised one (YELLOW).
 */
@Service
class WatchListService {

  /** An export reads at most this many rows, in pages of {@link #EXPORT_PAGE}. */
  static final int EXPORT_LIMIT = 100_000;

  private static final int EXPORT_PAGE = 1_000;

  private final StatisticsMapper statistics;
  private final WorkingCalendar calendar;
  private final Clock clock;

  WatchListService(StatisticsMapper statistics, WorkingCalendar calendar, Clock clock) {
    this.statistics = statistics;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Open applications at the level (YELLOW: at risk, RED: past the promised deadline). */
  @Transactional(readOnly = true)
  PageResponse<WatchedApplication> page(
      WarningLevel level, String departmentCode, String itemCode, PageRequest page) {
    return page(atLevel(level, departmentCode, itemCode), page);
  }

  /** Open applications past the deadline of the basis, nearest that deadline first. */
  @Transactional(readOnly = true)
  PageResponse<WatchedApplication> overdue(
      DeadlineBasis basis, String departmentCode, String itemCode, PageRequest page) {
    return page(overdue(basis, departmentCode, itemCode), page);
  }

  /** Every row of the level's list, page by page, for an export. */
  @Transactional(readOnly = true)
  void each(
      WarningLevel level,
      String departmentCode,
      String itemCode,
      Consumer<WatchedApplication> row) {
    each(atLevel(level, departmentCode, itemCode), row);
  }

  /** Every row of the overdue list of the basis, page by page, for an export. */
  @Transactional(readOnly = true)
  void eachOverdue(
      DeadlineBasis basis,
      String departmentCode,
      String itemCode,
      Consumer<WatchedApplication> row) {
    each(overdue(basis, departmentCode, itemCode), row);
  }

  /** One list's rows and count, as of {@code now}. */
  private record WatchList(Instant now, Rows rows, LongSupplier count) {}

  private interface Rows {
    List<WatchedRow> find(long offset, int limit);
  }

  private WatchList atLevel(WarningLevel level, String departmentCode, String itemCode) {
    Filter filter = new Filter(departmentCode, itemCode, null, null);
    return new WatchList(
        clock.instant(),
        (offset, limit) -> statistics.findWatched(level, filter, offset, limit),
        () -> statistics.countWatched(level, filter));
  }

  private WatchList overdue(DeadlineBasis basis, String departmentCode, String itemCode) {
    if (basis == DeadlineBasis.PROMISED) {
      return atLevel(WarningLevel.RED, departmentCode, itemCode);
    }
    Filter filter = new Filter(departmentCode, itemCode, null, null);
    Instant now = clock.instant();
    return new WatchList(
        now,
        (offset, limit) -> statistics.findPastLegal(filter, now, offset, limit),
        () -> statistics.countPastLegal(filter, now));
  }

  private PageResponse<WatchedApplication> page(WatchList list, PageRequest page) {
    return PageResponse.read(
        list.rows().find(page.offset(), page.size()).stream()
            .map(row -> application(row, list.now()))
            .toList(),
        page,
        list.count());
  }

  private void each(WatchList list, Consumer<WatchedApplication> row) {
    for (int offset = 0; offset < EXPORT_LIMIT; offset += EXPORT_PAGE) {
      List<WatchedRow> page = list.rows().find(offset, EXPORT_PAGE);
      page.stream().map(watched -> application(watched, list.now())).forEach(row);
      if (page.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  /**
   * Whether the legal deadline has passed at {@code now}; a paused clock keeps its state, so for it
   * the question is whether the deadline had passed when it paused.
   */
  static boolean pastLegal(Instant legalDeadline, Instant pausedAt, Instant now) {
    return legalDeadline != null && legalDeadline.isBefore(pausedAt != null ? pausedAt : now);
  }

  // the rows carry their item's and department's names: one query for a page of a watch list
  private WatchedApplication application(WatchedRow row, Instant now) {
    return new WatchedApplication(
        row.id(),
        row.number(),
        row.itemCode(),
        row.itemName(),
        row.departmentCode(),
        row.departmentName(),
        row.status(),
        Times.local(row.acceptedAt()),
        Times.local(row.deadline()),
        row.warningLevel(),
        Boolean.TRUE.equals(row.clockPaused()),
        Times.local(row.legalDeadline()),
        pastLegal(row.legalDeadline(), row.clockPausedAt(), now),
        calendar.isProvisional(row.acceptedAt(), row.deadline()),
        calendar.isProvisional(row.acceptedAt(), row.legalDeadline()));
  }
}
