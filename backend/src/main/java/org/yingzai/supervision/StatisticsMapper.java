package org.yingzai.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.clock.WarningLevel;

@Mapper
interface StatisticsMapper {

  record OpenCount(String departmentCode, WarningLevel warningLevel, long applications) {}

  record DepartmentCount(String departmentCode, long applications) {}

  record DurationCount(String itemCode, int workingDays, boolean onTime, long applications) {}

  /** Who asks and what for: null fields are not filtered on. */
  record Filter(String departmentCode, String itemCode, LocalDate fromMonth, LocalDate toMonth) {}

  /** An open application of a watch list, with its item's and department's names. */
  record WatchedRow(
      String id,
      String number,
      String itemCode,
      String itemName,
      String departmentCode,
      String departmentName,
      ApplicationStatus status,
      Instant acceptedAt,
      Instant deadline,
      WarningLevel warningLevel,
      Boolean clockPaused,
      Instant legalDeadline,
      Instant clockPausedAt) {}

  void addFinished(
      @Param("itemCode") String itemCode,
      @Param("departmentCode") String departmentCode,
      @Param("month") LocalDate month,
      @Param("workingDays") int workingDays,
      @Param("onTime") boolean onTime);

  List<OpenCount> countOpen(@Param("filter") Filter filter);

  List<DurationCount> durations(@Param("filter") Filter filter);

  List<WatchedRow> findWatched(
      @Param("level") WarningLevel level,
      @Param("filter") Filter filter,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countWatched(@Param("level") WarningLevel level, @Param("filter") Filter filter);

  /**
   * Open applications past their legal deadline at {@code now}, nearest deadline first; a paused
   * one only if its legal deadline had passed when it paused.
   */
  List<WatchedRow> findPastLegal(
      @Param("filter") Filter filter,
      @Param("now") Instant now,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countPastLegal(@Param("filter") Filter filter, @Param("now") Instant now);

  List<DepartmentCount> countPastLegalByDepartment(
      @Param("filter") Filter filter, @Param("now") Instant now);
}
