package org.yingzai.clock;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application's clock as derived from its ledger at one moment: the deadline, the working days
 * used and left, the warning level, and the segments it was derived from.
 *
 * @param daysLeft working days left, today and the deadline day included; negative once overdue
 */
public record ClockState(
    OffsetDateTime acceptedAt,
    OffsetDateTime deadline,
    boolean provisional,
    boolean paused,
    boolean finished,
    int limit,
    String limitUnit,
    int extendedDays,
    int maxExtension,
    int workingDaysUsed,
    int daysLeft,
    WarningLevel warningLevel,
    List<Segment> segments) {

  /** One entry of the ledger. */
  public record Segment(
      SegmentKind kind,
      PauseReason reason,
      OffsetDateTime startedAt,
      String startedBy,
      OffsetDateTime endedAt,
      String endedBy,
      Integer days,
      String legalBasis,
      String comment) {}
}
