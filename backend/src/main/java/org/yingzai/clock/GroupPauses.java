package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.Times;

/**
 * When a group of applications handled in parallel (a construction project's stage, a bundle) is
 * paused as a whole (DESIGN.md §5, green channel): only while every one of its members still being
 * handled is paused. A member is handled from the group's submission until it ended; one not yet
 * accepted is handled and never paused. Members that ended no longer count; at least one must be
 * handled.
 */
final class GroupPauses {

  /**
   * One member: handled from its submission until it ended, and paused only by its ledger's pauses
   * once accepted (a member waiting for acceptance is being handled, not paused).
   *
   * @param clock its clock once accepted; {@code null} before (or without) an acceptance
   * @param submittedAt when the group was submitted with it
   * @param closedAt when it ended without a clock (refused, withdrawn before acceptance); {@code
   *     null} otherwise
   */
  record Member(ClockRow clock, List<SegmentRow> segments, Instant submittedAt, Instant closedAt) {

    /** When its clock stopped, or it ended without one; {@code null} while it is handled. */
    Instant finishedAt() {
      if (clock == null) {
        return closedAt;
      }
      if (clock.finishedOn() == null) {
        return null;
      }
      return segments.stream()
          .filter(s -> s.kind() != SegmentKind.EXTENDED)
          .map(s -> s.endedAt() != null ? s.endedAt() : s.startedAt())
          .max(Instant::compareTo)
          .orElse(null);
    }

    boolean handledAt(Instant at) {
      Instant end = finishedAt();
      return submittedAt != null && !at.isBefore(submittedAt) && (end == null || at.isBefore(end));
    }

    boolean pausedAt(Instant at) {
      return segments.stream()
          .anyMatch(
              s ->
                  s.kind() == SegmentKind.PAUSED
                      && !at.isBefore(s.startedAt())
                      && (s.endedAt() == null || at.isBefore(s.endedAt())));
    }
  }

  private GroupPauses() {}

  /**
   * The group's pauses as ledger segments, in order; the last is open while the group is paused
   * now.
   */
  static List<SegmentRow> of(String groupKey, List<Member> members) {
    TreeSet<Instant> moments = new TreeSet<>();
    for (Member member : members) {
      add(moments, member.submittedAt());
      add(moments, member.finishedAt());
      for (SegmentRow segment : member.segments()) {
        if (segment.kind() == SegmentKind.PAUSED) {
          add(moments, segment.startedAt());
          add(moments, segment.endedAt());
        }
      }
    }
    List<SegmentRow> pauses = new ArrayList<>();
    Instant pausedSince = null;
    for (Instant moment : moments) {
      boolean paused = pausedAt(members, moment);
      if (paused && pausedSince == null) {
        pausedSince = moment;
      } else if (!paused && pausedSince != null) {
        pauses.add(pause(groupKey, pausedSince, moment));
        pausedSince = null;
      }
    }
    if (pausedSince != null) {
      pauses.add(pause(groupKey, pausedSince, null));
    }
    return pauses;
  }

  private static boolean pausedAt(List<Member> members, Instant at) {
    boolean anyHandled = false;
    for (Member member : members) {
      if (member.handledAt(at)) {
        anyHandled = true;
        if (!member.pausedAt(at)) {
          return false;
        }
      }
    }
    return anyHandled;
  }

  private static SegmentRow pause(String groupKey, Instant from, Instant to) {
    return new SegmentRow(
        null,
        groupKey,
        SegmentKind.PAUSED,
        null,
        day(from),
        from,
        null,
        to == null ? null : day(to),
        to,
        null,
        null,
        null,
        null);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, Times.ZONE);
  }

  private static void add(TreeSet<Instant> moments, Instant moment) {
    if (moment != null) {
      moments.add(moment);
    }
  }
}
