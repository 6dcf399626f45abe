package org.yingzai.projects;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.GroupClockSync;
import org.yingzai.clock.ClockChanged;
import org.yingzai.clock.ClockRederived;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.StageRow;

/**
 * Keeps each submitted stage's clock in step with its applications' ledgers, inside the transaction
 * that changed a ledger: the stage's row (for lists) and the timer of its parallel approval
 * process. The stage's row lock serializes the departments acting at once.
 */
@Component
class StageClocks {

  private final ProjectMapper mapper;
  private final GroupClockSync groups;

  StageClocks(ProjectMapper mapper, GroupClockSync groups) {
    this.mapper = mapper;
    this.groups = groups;
  }

  @EventListener
  void on(ClockChanged change) {
    refresh(change.applicationId());
  }

  /** A calendar change moved a member's deadlines: the stage's clock follows. */
  @EventListener
  void on(ClockRederived rederived) {
    refresh(rederived.applicationId());
  }

  private void refresh(String applicationId) {
    MemberRow member = mapper.findMember(applicationId);
    if (member == null) {
      return;
    }
    StageRow stage = mapper.lockStage(member.projectId(), member.stage());
    Optional<GroupClock> clock = record(stage);
    if (stage.status() == StageStatus.IN_PROGRESS && stage.processInstanceId() != null) {
      groups.signal(
          stage.processInstanceId(),
          new StageKey(stage.projectId(), stage.stage()).groupKey(),
          clock);
    }
  }

  /**
   * Derives the stage's clock from its applications' ledgers and keeps it on the stage's row; the
   * caller holds the row's lock.
   */
  Optional<GroupClock> record(StageRow stage) {
    Optional<GroupClock> clock = derive(stage);
    clock.ifPresent(
        c -> {
          ClockState state = c.state();
          mapper.updateClock(
              stage.projectId(),
              stage.stage(),
              state.acceptedAt().toLocalDate(),
              state.deadline().toInstant(),
              state.legalDeadline().toInstant(),
              state.warningLevel(),
              state.paused());
        });
    return clock;
  }

  /** The stage's clock now; empty before its first acceptance. */
  Optional<GroupClock> derive(StageRow stage) {
    if (stage.promisedLimit() == null) {
      return Optional.empty();
    }
    return groups.derive(
        new StageKey(stage.projectId(), stage.stage()).groupKey(),
        mapper.findStageMembers(stage.projectId(), stage.stage()),
        stage.promisedLimit(),
        stage.legalLimit(),
        stage.finishedAt());
  }
}
