package org.yingzai.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.yingzai.supervision.ScoreboardMapper.GroupDurations;
import org.yingzai.supervision.ScoreboardMapper.GroupLimits;
import org.yingzai.supervision.ScoreboardResponse.GroupTimes;
import org.yingzai.supervision.StatisticsMapper.DurationCount;

/**
 * Each department's and theme's promised cut beside the working days its applications took, from
 * the monthly counts of finished applications of the months a period touches.
 */
@Component
class LimitTimes {

  private final ScoreboardMapper mapper;
  private final FigureTexts texts;

  LimitTimes(ScoreboardMapper mapper, FigureTexts texts) {
    this.mapper = mapper;
    this.texts = texts;
  }

  List<GroupTimes> departments(LocalDate from, LocalDate to) {
    return times(
        mapper.departmentLimits(),
        mapper.departmentDurations(from.withDayOfMonth(1), to.withDayOfMonth(1)),
        false);
  }

  List<GroupTimes> themes(LocalDate from, LocalDate to) {
    return times(
        mapper.themeLimits(),
        mapper.themeDurations(from.withDayOfMonth(1), to.withDayOfMonth(1)),
        true);
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
              themes ? texts.label("catalog.theme." + group.groupCode()) : group.groupName(),
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
}
