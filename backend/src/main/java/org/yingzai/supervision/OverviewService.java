package org.yingzai.supervision;

import static java.util.stream.Collectors.toMap;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.clock.WarningLevel;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.projects.ProjectStatistics;
import org.yingzai.shared.ProblemException;
import org.yingzai.supervision.OverviewResponse.DepartmentLoad;
import org.yingzai.supervision.OverviewResponse.ItemTiming;
import org.yingzai.supervision.StatisticsMapper.DepartmentCount;
import org.yingzai.supervision.StatisticsMapper.DurationCount;
import org.yingzai.supervision.StatisticsMapper.Filter;
import org.yingzai.supervision.StatisticsMapper.OpenCount;

/** Figures for the timing board, from indexed counts and the histogram of finished durations. */
@Service
class OverviewService {

  private final StatisticsMapper statistics;
  private final Catalog catalog;
  private final Departments departments;
  private final Clock clock;
  private final ProjectStatistics projects;

  OverviewService(
      StatisticsMapper statistics,
      Catalog catalog,
      Departments departments,
      Clock clock,
      ProjectStatistics projects) {
    this.statistics = statistics;
    this.catalog = catalog;
    this.departments = departments;
    this.clock = clock;
    this.projects = projects;
  }

  @Transactional(readOnly = true)
  OverviewResponse overview(String departmentCode, String itemCode, YearMonth from, YearMonth to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    Filter filter =
        new Filter(
            departmentCode,
            itemCode,
            from == null ? null : from.atDay(1),
            to == null ? null : to.atDay(1));

    Map<String, DepartmentTotals> byDepartment = new TreeMap<>();
    DepartmentTotals all = new DepartmentTotals();
    for (OpenCount count : statistics.countOpen(filter)) {
      all.add(count);
      byDepartment
          .computeIfAbsent(count.departmentCode(), code -> new DepartmentTotals())
          .add(count);
    }
    for (DepartmentCount count : statistics.countPastLegalByDepartment(filter, clock.instant())) {
      all.pastLegal += count.applications();
      byDepartment.computeIfAbsent(count.departmentCode(), code -> new DepartmentTotals())
              .pastLegal +=
          count.applications();
    }
    Map<String, String> departmentNames =
        byDepartment.isEmpty()
            ? Map.of()
            : departments.findAll().stream().collect(toMap(Department::code, Department::name));
    List<DepartmentLoad> loads = new ArrayList<>();
    byDepartment.forEach(
        (code, totals) ->
            loads.add(
                new DepartmentLoad(
                    code,
                    departmentNames.getOrDefault(code, code),
                    totals.open,
                    totals.byLevel,
                    totals.awaitingAcceptance,
                    totals.overdueByBasis())));

    Map<String, List<DurationCount>> durationsByItem = new TreeMap<>();
    for (DurationCount count : statistics.durations(filter)) {
      durationsByItem.computeIfAbsent(count.itemCode(), code -> new ArrayList<>()).add(count);
    }
    // the items of every row at once, however many there are
    Map<String, ServiceItem> itemsByCode = catalog.itemsByCode(durationsByItem.keySet());
    long finished = 0;
    long onTime = 0;
    List<ItemTiming> items = new ArrayList<>();
    for (Map.Entry<String, List<DurationCount>> entry : durationsByItem.entrySet()) {
      ItemTiming timing = timing(entry.getKey(), itemsByCode.get(entry.getKey()), entry.getValue());
      finished += timing.finished();
      onTime += timing.finishedOnTime();
      items.add(timing);
    }
    return new OverviewResponse(
        all.open,
        all.byLevel,
        all.awaitingAcceptance,
        all.overdueByBasis(),
        loads,
        finished,
        onTime,
        rate(onTime, finished),
        items,
        // a stage spans departments and items: it is counted on the board of all of them only
        departmentCode == null && itemCode == null ? projects.stages() : null);
  }

  /** The item's time used against its limits; {@code item} is null for an item no longer kept. */
  static ItemTiming timing(String itemCode, ServiceItem item, List<DurationCount> counts) {
    long finished = counts.stream().mapToLong(DurationCount::applications).sum();
    long onTime =
        counts.stream().filter(DurationCount::onTime).mapToLong(DurationCount::applications).sum();
    // counts come ordered by working days; on-time and late rows of one day sit side by side
    Integer median = percentile(counts, finished, 0.5);
    Integer p90 = percentile(counts, finished, 0.9);
    int legal = item == null ? 0 : item.legalLimit();
    int promised = item == null ? 0 : item.promisedLimit();
    return new ItemTiming(
        itemCode,
        item == null ? itemCode : item.name(),
        item == null ? null : item.department().code(),
        item == null ? null : item.limitUnit(),
        legal,
        promised,
        finished,
        onTime,
        rate(onTime, finished),
        median,
        p90,
        legal == 0 ? null : 1 - (double) promised / legal,
        legal == 0 || median == null ? null : 1 - (double) median / legal);
  }

  /** Nearest-rank percentile: the least value with at least p of all applications at or below. */
  static Integer percentile(List<DurationCount> ordered, long total, double p) {
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(p * total);
    long seen = 0;
    for (DurationCount count : ordered) {
      seen += count.applications();
      if (seen >= rank) {
        return count.workingDays();
      }
    }
    return ordered.get(ordered.size() - 1).workingDays();
  }

  private static Double rate(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static final class DepartmentTotals {
    long open;
    long awaitingAcceptance;
    long pastLegal;
    final Map<WarningLevel, Long> byLevel = new EnumMap<>(WarningLevel.class);

    DepartmentTotals() {
      for (WarningLevel level : WarningLevel.values()) {
        byLevel.put(level, 0L);
      }
    }

    Map<DeadlineBasis, Long> overdueByBasis() {
      Map<DeadlineBasis, Long> overdue = new EnumMap<>(DeadlineBasis.class);
      overdue.put(DeadlineBasis.PROMISED, byLevel.get(WarningLevel.RED));
      overdue.put(DeadlineBasis.LEGAL, pastLegal);
      return overdue;
    }

    void add(OpenCount count) {
      open += count.applications();
      if (count.warningLevel() == null) {
        awaitingAcceptance += count.applications();
      } else {
        byLevel.merge(count.warningLevel(), count.applications(), Long::sum);
      }
    }
  }
}
