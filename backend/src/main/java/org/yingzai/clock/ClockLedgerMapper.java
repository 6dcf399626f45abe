package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ClockLedgerMapper {

  record ClockRow(
      String applicationId,
      LocalDate acceptedOn,
      Integer limitValue,
      String limitUnit,
      Integer maxExtension,
      LocalDate finishedOn,
      Integer legalLimit) {}

  record SegmentRow(
      Long id,
      String applicationId,
      String kind,
      String reason,
      LocalDate startedOn,
      Instant startedAt,
      String startedBy,
      LocalDate endedOn,
      Instant endedAt,
      String endedBy,
      Integer days,
      String legalBasis,
      String comment) {}

  void insertClock(ClockRow row);

  ClockRow findClock(@Param("applicationId") String applicationId);

  ClockRow lockClock(@Param("applicationId") String applicationId);

  int finish(@Param("applicationId") String applicationId, @Param("on") LocalDate on);

  void insertSegment(SegmentRow row);

  /** Unfinished clocks after {@code after} in application id order, a page at a time. */
  List<String> findOpenClocks(@Param("after") String after, @Param("limit") int limit);

  List<SegmentRow> findSegments(@Param("applicationId") String applicationId);

  int endOpenSegments(
      @Param("applicationId") String applicationId,
      @Param("on") LocalDate on,
      @Param("at") Instant at,
      @Param("by") String by);
}
