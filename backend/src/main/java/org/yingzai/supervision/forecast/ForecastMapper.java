package org.yingzai.supervision.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ForecastMapper {

  /** A task of the approval path after acceptance, with its application's item. */
  record TaskRow(
      String taskId,
      String applicationId,
      String itemCode,
      String departmentCode,
      String taskKey,
      Instant createdAt,
      Instant completedAt,
      String outcome) {}

  /** The clock of an application accepted and not finished at a moment. */
  record ClockRow(
      String applicationId,
      String itemCode,
      String departmentCode,
      LocalDate acceptedOn,
      int limitValue,
      String limitUnit) {}

  /** A pause or extension of such a clock. */
  record SegmentRow(
      String applicationId,
      String kind,
      LocalDate startedOn,
      Instant startedAt,
      LocalDate endedOn,
      Instant endedAt,
      Integer days) {}

  /** A stored forecast. */
  record ForecastRow(
      String applicationId,
      String departmentCode,
      String itemCode,
      BigDecimal probability,
      LocalDate estimatedFinish,
      BigDecimal remainingDays,
      int daysLeft,
      String reasons,
      Instant computedAt) {}

  /** A row of the "likely late" list, with the names it shows. */
  record LikelyLateRow(
      String id,
      String number,
      String itemCode,
      String itemName,
      String departmentCode,
      String departmentName,
      Instant deadline,
      BigDecimal probability,
      LocalDate estimatedFinish,
      BigDecimal remainingDays,
      int daysLeft,
      String reasons) {}

  /**
   * The tasks after acceptance that had appeared by {@code asOf} and were open at {@code since} or
   * later: what the model learns from and the queues it counts.
   */
  List<TaskRow> findTasks(@Param("since") Instant since, @Param("asOf") Instant asOf);

  List<ClockRow> findOpenClocks(@Param("asOf") Instant asOf);

  List<SegmentRow> findOpenSegments(@Param("asOf") Instant asOf);

  void deleteAll();

  void insertAll(@Param("rows") List<ForecastRow> rows);

  List<LikelyLateRow> findLikelyLate(
      @Param("departmentCode") String departmentCode,
      @Param("itemCode") String itemCode,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countLikelyLate(
      @Param("departmentCode") String departmentCode, @Param("itemCode") String itemCode);
}
