package org.yingzai.applications;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yingzai.clock.GroupClocks;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.processes.ParallelApproval;

/**
 * What every group of applications approved in parallel does with its clock: derives it from its
 * members' ledgers, and tells its parallel approval process when it changed, so that the process's
 * timer fires when the group's level changes next.
 */
@Component
public class GroupClockSync {

  private static final Logger log = LoggerFactory.getLogger(GroupClockSync.class);

  private final GroupClocks clocks;
  private final JointSubmissions applications;
  private final RuntimeService runtime;

  GroupClockSync(GroupClocks clocks, JointSubmissions applications, RuntimeService runtime) {
    this.clocks = clocks;
    this.applications = applications;
    this.runtime = runtime;
  }

  /**
   * The group's clock now, from its members' ledgers: its promised limit from the first acceptance,
   * paused only while every member still being handled is paused; empty before the first
   * acceptance.
   *
   * @param finishedAt when the group finished; {@code null} while it is handled
   */
  public Optional<GroupClock> derive(
      String groupKey,
      List<String> memberIds,
      int promisedLimit,
      int legalLimit,
      Instant finishedAt) {
    Map<String, JointSubmissions.JointState> states = applications.states(memberIds);
    List<GroupClocks.Member> members =
        memberIds.stream()
            .filter(states::containsKey)
            .map(
                id ->
                    new GroupClocks.Member(
                        id,
                        states.get(id).submittedAt(),
                        states.get(id).open() ? null : states.get(id).finishedAt()))
            .toList();
    return clocks.derive(groupKey, members, promisedLimit, legalLimit, finishedAt);
  }

  /**
   * Brings the group's process the moment its level changes next, if the process waits for it; a
   * process an operator suspended or ended has no one waiting, and the group's row follows alone.
   */
  public void signal(String processInstanceId, String groupKey, Optional<GroupClock> clock) {
    boolean waiting =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(processInstanceId)
                .eventName(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
                .count()
            > 0;
    boolean suspended =
        runtime
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .suspended()
                .count()
            > 0;
    if (!waiting || suspended) {
      log.warn("Group {}: its clock's process is not waiting", groupKey);
      return;
    }
    runtime
        .createMessageCorrelation(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(processInstanceId)
        .setVariable(ParallelApproval.VAR_NEXT_CHANGE_AT, nextChangeAt(clock))
        .correlate();
  }

  /** When the group's level changes next, as the process's timer takes it. */
  public static Date nextChangeAt(Optional<GroupClock> clock) {
    Instant next = clock.map(GroupClock::nextChangeAt).orElse(null);
    return next == null ? null : Date.from(next);
  }
}
