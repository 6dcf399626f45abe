package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.ClockLedgerMapper.ClockRow;
import org.yingzai.clock.ClockLedgerMapper.SegmentRow;
import org.yingzai.shared.Times;

/** A group's clock pauses only while every member still being handled is paused. */
class GroupPausesTest {

  private static Instant march(int day, int hour) {
    return LocalDateTime.of(2026, 3, day, hour, 0).atZone(Times.ZONE).toInstant();
  }

  /** A member accepted on 2 March at nine, with its ledger's segments. */
  private static final class Ledger {
    private final String id;
    private final List<SegmentRow> segments = new ArrayList<>();
    private LocalDate finishedOn;
    private Instant runningSince = march(2, 9);

    Ledger(String id) {
      this.id = id;
    }

    Ledger pausedBetween(Instant from, Instant to) {
      segments.add(segment(SegmentKind.RUNNING, runningSince, from));
      segments.add(segment(SegmentKind.PAUSED, from, to));
      runningSince = to;
      return this;
    }

    Ledger finishedAt(Instant at) {
      segments.add(segment(SegmentKind.RUNNING, runningSince, at));
      runningSince = null;
      finishedOn = LocalDate.ofInstant(at, Times.ZONE);
      return this;
    }

    GroupPauses.Member member() {
      List<SegmentRow> all = new ArrayList<>(segments);
      if (runningSince != null && finishedOn == null) {
        all.add(segment(SegmentKind.RUNNING, runningSince, null));
      }
      return new GroupPauses.Member(
          new ClockRow(id, LocalDate.of(2026, 3, 2), 8, LimitUnit.WORKING_DAYS, 10, finishedOn, 20),
          all,
          march(2, 9),
          null);
    }

    private SegmentRow segment(SegmentKind kind, Instant from, Instant to) {
      return new SegmentRow(
          null,
          id,
          kind,
          kind == SegmentKind.PAUSED ? PauseReason.SUPPLEMENT : null,
          LocalDate.ofInstant(from, Times.ZONE),
          from,
          "clerk",
          to == null ? null : LocalDate.ofInstant(to, Times.ZONE),
          to,
          to == null ? null : "clerk",
          null,
          "basis",
          null);
    }
  }

  private static List<String> pauses(Ledger... ledgers) {
    List<GroupPauses.Member> members = new ArrayList<>();
    for (Ledger ledger : ledgers) {
      members.add(ledger.member());
    }
    return GroupPauses.of("stage", members).stream()
        .map(p -> p.startedAt() + "–" + p.endedAt())
        .toList();
  }

  @Test
  void oneMemberPausedWhileAnotherRunsDoesNotPauseTheGroup() {
    assertThat(pauses(new Ledger("a").pausedBetween(march(3, 10), march(5, 10)), new Ledger("b")))
        .isEmpty();
  }

  @Test
  void theGroupIsPausedWhereTheMembersPausesOverlap() {
    assertThat(
            pauses(
                new Ledger("a").pausedBetween(march(3, 10), march(6, 10)),
                new Ledger("b").pausedBetween(march(4, 10), march(9, 10))))
        .containsExactly(march(4, 10) + "–" + march(6, 10));
  }

  @Test
  void aDecidedMemberNoLongerHoldsTheGroupRunningSoTheOtherOnesOpenPausePausesIt() {
    assertThat(
            pauses(
                new Ledger("a").pausedBetween(march(3, 10), null),
                new Ledger("b").finishedAt(march(4, 15))))
        .containsExactly(march(4, 15) + "–null");
  }

  @Test
  void aGroupWhoseMembersAreAllDecidedIsNotPaused() {
    assertThat(
            pauses(
                new Ledger("a").pausedBetween(march(3, 10), march(4, 10)).finishedAt(march(5, 10)),
                new Ledger("b").finishedAt(march(6, 10))))
        .isEmpty();
  }

  @Test
  void aMemberWaitingForItsAcceptanceIsHandledSoTheOthersPauseDoesNotPauseTheGroup() {
    // B was submitted with A on Monday and is accepted only on Thursday
    Ledger b = new Ledger("b");
    b.runningSince = march(5, 10);
    List<GroupPauses.Member> members =
        List.of(new Ledger("a").pausedBetween(march(3, 10), march(9, 10)).member(), b.member());

    assertThat(GroupPauses.of("stage", members)).isEmpty();
  }

  @Test
  void aMemberRefusedAtItsAcceptanceStopsCountingWhenItIsRefused() {
    GroupPauses.Member refused = new GroupPauses.Member(null, List.of(), march(2, 9), march(5, 10));
    List<GroupPauses.Member> members =
        List.of(new Ledger("a").pausedBetween(march(3, 10), march(9, 10)).member(), refused);

    assertThat(GroupPauses.of("stage", members))
        .extracting(p -> p.startedAt() + "–" + p.endedAt())
        .containsExactly(march(5, 10) + "–" + march(9, 10));
  }
}
