package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.Times;

@Mapper
interface ClockLedgerMapper {

  record ClockRow(
      String applicationId,
      LocalDate acceptedOn,
      Integer limitValue,
      LimitUnit limitUnit,
      Integer maxExtension,
      LocalDate finishedOn,
      Integer legalLimit) {}

  /**
   * A clock read with its row locked, and its warning timer: the timer's id is written only under
   * that lock, so it is read there too.
   *
   * @param timerJobId the engine job armed to turn the clock's warning level next, null for none
   */
  record LockedClockRow(ClockRow clock, String timerJobId) {}

  record SegmentRow(
      Long id,
      String applicationId,
      SegmentKind kind,
      PauseReason reason,
      LocalDate startedOn,
      Instant startedAt,
      String startedBy,
      LocalDate endedOn,
      Instant endedAt,
      String endedBy,
      Integer days,
      String legalBasis,
      String comment) {

    /** The clock runs from {@code at} until the next segment begins. */
    static SegmentRow running(String applicationId, Instant at, String actor, String legalBasis) {
      return open(applicationId, SegmentKind.RUNNING, null, at, actor, legalBasis, null);
    }

    /** The clock stands still from {@code at} until it runs again. */
    static SegmentRow paused(
        String applicationId,
        PauseReason reason,
        Instant at,
        String actor,
        String legalBasis,
        String comment) {
      return open(applicationId, SegmentKind.PAUSED, reason, at, actor, legalBasis, comment);
    }

    /** An extension begins and ends at once: it only adds its days to the limit. */
    static SegmentRow extended(
        String applicationId,
        int days,
        Instant at,
        String actor,
        String legalBasis,
        String reason) {
      LocalDate on = LocalDate.ofInstant(at, Times.ZONE);
      return new SegmentRow(
          null,
          applicationId,
          SegmentKind.EXTENDED,
          null,
          on,
          at,
          actor,
          on,
          at,
          actor,
          days,
          legalBasis,
          reason);
    }

    private static SegmentRow open(
        String applicationId,
        SegmentKind kind,
        PauseReason reason,
        Instant at,
        String actor,
        String legalBasis,
        String comment) {
      return new SegmentRow(
          null,
          applicationId,
          kind,
          reason,
          LocalDate.ofInstant(at, Times.ZONE),
          at,
          actor,
          null,
          null,
          null,
          null,
          legalBasis,
          comment);
    }
  }

  void insertClock(ClockRow row);

  ClockRow findClock(@Param("applicationId") String applicationId);

  /** The clocks of these applications that have one; {@code applicationIds} must not be empty. */
  List<ClockRow> findClocksOf(@Param("applicationIds") Collection<String> applicationIds);

  LockedClockRow lockClock(@Param("applicationId") String applicationId);

  /** The id of the engine job armed to turn the clock's warning level next; null when none. */
  String findTimerJob(@Param("applicationId") String applicationId);

  void setTimerJob(@Param("applicationId") String applicationId, @Param("jobId") String jobId);

  int finish(@Param("applicationId") String applicationId, @Param("on") LocalDate on);

  void insertSegment(SegmentRow row);

  /** Unfinished clocks after {@code after} in application id order, a page at a time. */
  List<String> findOpenClocks(@Param("after") String after, @Param("limit") int limit);

  List<SegmentRow> findSegments(@Param("applicationId") String applicationId);

  /** The segments of these applications, each one's in order; not empty {@code applicationIds}. */
  List<SegmentRow> findSegmentsOf(@Param("applicationIds") Collection<String> applicationIds);

  int endOpenSegments(
      @Param("applicationId") String applicationId,
      @Param("on") LocalDate on,
      @Param("at") Instant at,
      @Param("by") String by);
}
