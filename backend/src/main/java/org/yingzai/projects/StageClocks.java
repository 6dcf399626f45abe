package org.yingzai.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.clock.ClockChanged;
import org.yingzai.clock.ClockRederived;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.GroupClocks;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.StageRow;

/**
 * Keeps each submitted stage's clock in step with its applications' ledgers, inside the transaction
 * that changed a ledger: the stage's row (for lists) and the timer of its parallel approval
 * process. The stage's row lock serializes the departments acting at once.
 */
@Component
class StageClocks {

  private static final Logger log = LoggerFactory.getLogger(StageClocks.class);

  private final ProjectMapper mapper;
  private final GroupClocks clocks;
  private final JointSubmissions applications;
  private final RuntimeService runtime;

  StageClocks(
      ProjectMapper mapper,
      GroupClocks clocks,
      JointSubmissions applications,
      RuntimeService runtime) {
    this.mapper = mapper;
    this.clocks = clocks;
    this.applications = applications;
    this.runtime = runtime;
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
    if (stage.status() != StageStatus.IN_PROGRESS || stage.processInstanceId() == null) {
      return;
    }
    // a group process an operator suspended or ended has no one waiting: the row still follows
    boolean waiting =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(stage.processInstanceId())
                .eventName(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
                .count()
            > 0;
    boolean suspended =
        runtime
                .createProcessInstanceQuery()
                .processInstanceId(stage.processInstanceId())
                .suspended()
                .count()
            > 0;
    if (!waiting || suspended) {
      log.warn(
          "Stage {} of project {}: its clock's process is not waiting",
          stage.stage(),
          stage.projectId());
      return;
    }
    runtime
        .createMessageCorrelation(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(stage.processInstanceId())
        .setVariable(ParallelApproval.VAR_NEXT_CHANGE_AT, nextChangeAt(clock))
        .correlate();
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
    List<String> ids = mapper.findStageMembers(stage.projectId(), stage.stage());
    Map<String, JointState> states = applications.states(ids);
    List<GroupClocks.Member> members =
        ids.stream()
            .filter(states::containsKey)
            .map(
                id ->
                    new GroupClocks.Member(
                        id,
                        states.get(id).submittedAt(),
                        states.get(id).open() ? null : states.get(id).finishedAt()))
            .toList();
    return clocks.derive(
        new StageKey(stage.projectId(), stage.stage()).groupKey(),
        members,
        stage.promisedLimit(),
        stage.legalLimit(),
        stage.finishedAt());
  }

  static Date nextChangeAt(Optional<GroupClock> clock) {
    Instant next = clock.map(GroupClock::nextChangeAt).orElse(null);
    return next == null ? null : Date.from(next);
  }

  static LocalDate startedOn(Optional<GroupClock> clock) {
    return clock.map(c -> c.state().acceptedAt().toLocalDate()).orElse(null);
  }
}
