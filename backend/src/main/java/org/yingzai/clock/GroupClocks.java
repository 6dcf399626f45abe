package org.yingzai.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.Times;

/**
 * The clock of a group of applications handled in parallel (a construction project's stage, a
 * bundle), derived from its members' ledgers (DESIGN.md §5): it starts with the first acceptance of
 * any member, counts the group's own limit in working days, pauses only while every member still
 * being handled is paused, and stops when the group is finished.
 */
@Service
public class GroupClocks {

  /**
   * A member of the group.
   *
   * @param submittedAt when it was submitted with the group
   * @param closedAt when it ended, if it did (decided, refused or withdrawn)
   */
  public record Member(String applicationId, Instant submittedAt, Instant closedAt) {}

  /**
   * The group's clock now, and when its warning level changes next by itself ({@code null}: not
   * before the ledger changes — it is RED, paused or finished).
   */
  public record GroupClock(ClockState state, Instant nextChangeAt) {}

  private final ClockLedgerMapper ledger;
  private final ClockArithmetic arithmetic;
  private final WorkingCalendar calendar;
  private final Clock clock;

  GroupClocks(ClockLedgerMapper ledger, WorkingCalendar calendar, Clock clock) {
    this.ledger = ledger;
    this.arithmetic = new ClockArithmetic(calendar);
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The group's clock; empty until a member is accepted.
   *
   * @param finishedAt when the group finished; {@code null} while it is handled
   */
  @Transactional(readOnly = true)
  public Optional<GroupClock> derive(
      String groupKey,
      List<Member> members,
      int promisedLimit,
      int legalLimit,
      Instant finishedAt) {
    if (members.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = members.stream().map(Member::applicationId).toList();
    Map<String, ClockRow> clocks = new LinkedHashMap<>();
    ledger.findClocksOf(ids).forEach(row -> clocks.put(row.applicationId(), row));
    if (clocks.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<SegmentRow>> segments = new LinkedHashMap<>();
    ledger
        .findSegmentsOf(ids)
        .forEach(
            row -> segments.computeIfAbsent(row.applicationId(), id -> new ArrayList<>()).add(row));
    List<GroupPauses.Member> ledgers = new ArrayList<>();
    for (Member member : members) {
      ledgers.add(
          new GroupPauses.Member(
              clocks.get(member.applicationId()),
              segments.getOrDefault(member.applicationId(), List.of()),
              member.submittedAt(),
              member.closedAt()));
    }
    List<SegmentRow> pauses = GroupPauses.of(groupKey, ledgers);
    LocalDate startedOn =
        clocks.values().stream()
            .map(ClockRow::acceptedOn)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate finishedOn = finishedAt == null ? null : LocalDate.ofInstant(finishedAt, Times.ZONE);
    ClockRow group =
        new ClockRow(
            groupKey, startedOn, promisedLimit, LimitUnit.WORKING_DAYS, 0, finishedOn, legalLimit);
    Instant now = clock.instant();
    ClockState state = arithmetic.derive(group, pauses, now);
    WarningSchedule schedule = WarningSchedule.of(state, calendar, now);
    return Optional.of(new GroupClock(state, schedule.nextChangeAt()));
  }
}
