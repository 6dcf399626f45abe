package org.yingzai.ratings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.Departments;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/** The supervisors' view of ratings: counts by level and the satisfaction rate per group. */
@Service
class RatingStatistics {

  private final RatingMapper mapper;
  private final Catalog catalog;
  private final Departments departments;

  RatingStatistics(RatingMapper mapper, Catalog catalog, Departments departments) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.departments = departments;
  }

  /**
   * @param from the first day (Asia/Shanghai), or null
   * @param to the last day, included, or null
   */
  @Transactional(readOnly = true)
  List<RatingCounts> counts(RatingGroup by, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    Instant start = from == null ? null : from.atStartOfDay(Times.ZONE).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Times.ZONE).toInstant();
    List<RatingMapper.CountRow> rows =
        by == RatingGroup.OFFICER
            ? mapper.countByOfficer(start, end)
            : mapper.countBy(by.name(), start, end);
    Map<String, Map<RatingLevel, Long>> grouped = new LinkedHashMap<>();
    for (RatingMapper.CountRow row : rows) {
      grouped
          .computeIfAbsent(row.groupKey(), key -> emptyCounts())
          .merge(row.level(), row.count(), Long::sum);
    }
    Function<String, String> names = names(by, grouped);
    List<RatingCounts> counts = new ArrayList<>();
    grouped.forEach(
        (key, levels) -> {
          long total = levels.values().stream().mapToLong(Long::longValue).sum();
          long satisfied =
              levels.entrySet().stream()
                  .filter(entry -> !entry.getKey().isBad())
                  .mapToLong(Map.Entry::getValue)
                  .sum();
          Double rate = total == 0 ? null : Math.round(1000.0 * satisfied / total) / 10.0;
          counts.add(new RatingCounts(key, names.apply(key), levels, total, rate));
        });
    return counts;
  }

  private Function<String, String> names(
      RatingGroup by, Map<String, Map<RatingLevel, Long>> grouped) {
    return switch (by) {
      case DEPARTMENT -> {
        Map<String, String> names = new LinkedHashMap<>();
        departments.findAll().forEach(d -> names.put(d.code(), d.name()));
        yield key -> names.getOrDefault(key, key);
      }
      case ITEM -> {
        Map<String, ServiceItem> items = catalog.itemsByCode(grouped.keySet());
        yield key -> items.containsKey(key) ? items.get(key).name() : key;
      }
      case OFFICER -> key -> key;
    };
  }

  private static Map<RatingLevel, Long> emptyCounts() {
    Map<RatingLevel, Long> counts = new EnumMap<>(RatingLevel.class);
    for (RatingLevel level : RatingLevel.values()) {
      counts.put(level, 0L);
    }
    return counts;
  }
}
