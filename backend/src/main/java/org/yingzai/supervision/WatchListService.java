package org.yingzai.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.supervision.StatisticsMapper.Filter;
import org.yingzai.supervision.StatisticsMapper.WatchedRow;

/** The overdue (RED) and at-risk (YELLOW) lists of open applications, nearest deadline first. */
@Service
class WatchListService {

  /** An export reads at most this many rows, in pages of {@link #EXPORT_PAGE}. */
  static final int EXPORT_LIMIT = 100_000;

  private static final int EXPORT_PAGE = 1_000;

  private final StatisticsMapper statistics;
  private final Catalog catalog;
  private final Departments departments;

  WatchListService(StatisticsMapper statistics, Catalog catalog, Departments departments) {
    this.statistics = statistics;
    this.catalog = catalog;
    this.departments = departments;
  }

  @Transactional(readOnly = true)
  PageResponse<WatchedApplication> page(
      WarningLevel level, String departmentCode, String itemCode, PageRequest page) {
    Filter filter = new Filter(departmentCode, itemCode, null, null);
    Names names = new Names();
    List<WatchedApplication> content =
        statistics.findWatched(level.name(), filter, page.offset(), page.size()).stream()
            .map(names::row)
            .toList();
    return new PageResponse<>(
        content, page.page(), page.size(), statistics.countWatched(level.name(), filter));
  }

  /** Every row of the list, page by page, for an export. */
  @Transactional(readOnly = true)
  void each(
      WarningLevel level,
      String departmentCode,
      String itemCode,
      Consumer<WatchedApplication> row) {
    Filter filter = new Filter(departmentCode, itemCode, null, null);
    Names names = new Names();
    for (int offset = 0; offset < EXPORT_LIMIT; offset += EXPORT_PAGE) {
      List<WatchedRow> rows = statistics.findWatched(level.name(), filter, offset, EXPORT_PAGE);
      rows.stream().map(names::row).forEach(row);
      if (rows.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  /** Item and department names, looked up once per list. */
  private final class Names {
    private final Map<String, String> items = new HashMap<>();
    private final Map<String, String> departmentNames = new HashMap<>();

    WatchedApplication row(WatchedRow row) {
      return new WatchedApplication(
          row.id(),
          row.number(),
          row.itemCode(),
          items.computeIfAbsent(
              row.itemCode(), code -> catalog.findItem(code).map(ServiceItem::name).orElse(code)),
          row.departmentCode(),
          departmentNames.computeIfAbsent(
              row.departmentCode(),
              code -> departments.find(code).map(Department::name).orElse(code)),
          row.status(),
          org.yingzai.shared.Times.local(row.acceptedAt()),
          org.yingzai.shared.Times.local(row.deadline()),
          row.warningLevel(),
          Boolean.TRUE.equals(row.clockPaused()));
    }
  }
}
