package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.clock.WarningLevel;
import org.yingzai.supervision.HeatmapRules.Span;

@Mapper
interface HeatmapMapper {

  /** Whose work: null fields are not filtered on. */
  record HeatFilter(String departmentCode, String itemCode) {}

  record WaitingCount(String taskKey, long tasks) {}

  record TakenCount(String taskKey, String outcome, int hoursClass, long tasks) {}

  /** An application waiting at a task, with the names its row shows. */
  record WaitingRow(
      String applicationId,
      String applicationNumber,
      String itemCode,
      String itemName,
      String departmentCode,
      String departmentName,
      Instant waitingSince,
      WarningLevel stepLevel,
      WarningLevel applicationLevel) {}

  /** Adds one finished task to the day's and the month's rows of its class of time taken. */
  void addTaken(
      @Param("day") LocalDate day,
      @Param("month") LocalDate month,
      @Param("departmentCode") String departmentCode,
      @Param("itemCode") String itemCode,
      @Param("taskKey") String taskKey,
      @Param("outcome") String outcome,
      @Param("hoursClass") int hoursClass);

  List<WaitingCount> countWaiting(
      @Param("taskKeys") Collection<String> taskKeys, @Param("filter") HeatFilter filter);

  List<TakenCount> countTaken(@Param("spans") List<Span> spans, @Param("filter") HeatFilter filter);

  List<WaitingRow> findWaiting(
      @Param("taskKey") String taskKey,
      @Param("filter") HeatFilter filter,
      @Param("offset") long offset,
      @Param("limit") int limit);
}
