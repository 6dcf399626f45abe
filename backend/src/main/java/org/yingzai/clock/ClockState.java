package org.yingzai.clock;

import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.catalog.LimitUnit;

/**
 * An application's clock as derived from its ledger at one moment: the deadline, the working days
 * used and left, the warning level, and the segments it was derived from.
 *
 * @param deadline the deadline under the promised limit (the limit the clock runs on)
 * @param legalDeadline the deadline under the item's legal limit, with the same pauses and
 *     extensions
 * @param provisional whether {@code deadline} counts a day of a year without a published calendar
 * @param legalProvisional whether {@code legalDeadline} counts a day of such a year
 * @param daysLeft working days left, today and the deadline day included; negative once overdue
 */
public record ClockState(
    OffsetDateTime acceptedAt,
    OffsetDateTime deadline,
    OffsetDateTime legalDeadline,
    boolean provisional,
    boolean legalProvisional,
    boolean paused,
    boolean finished,
    int limit,
    int legalLimit,
    LimitUnit limitUnit,
    int extendedDays,
    int maxExtension,
    int workingDaysUsed,
    int daysLeft,
    WarningLevel warningLevel,
    List<Segment> segments) {

  /** When the open pause began; {@code null} while the clock runs or once it stopped. */
  public OffsetDateTime pausedSince() {
    if (!paused) {
      return null;
    }
    return segments.stream()
        .filter(s -> s.kind() == SegmentKind.PAUSED && s.endedAt() == null)
        .map(Segment::startedAt)
        .reduce((first, last) -> last)
        .orElse(null);
  }

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
