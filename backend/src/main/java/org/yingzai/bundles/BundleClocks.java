package org.yingzai.bundles;

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
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.clock.ClockChanged;
import org.yingzai.clock.ClockRederived;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.GroupClocks;
import org.yingzai.clock.GroupClocks.GroupClock;
import org.yingzai.processes.ParallelApproval;

/**
 * Keeps each submitted bundle's clock in step with its applications' ledgers, in the transaction
 * that changed a ledger: the bundle's row (for lists) and the timer of its parallel approval
 * process. The bundle's row lock serializes the departments acting at once.
 */
@Component
class BundleClocks {

  private static final Logger log = LoggerFactory.getLogger(BundleClocks.class);

  private final BundleApplicationMapper mapper;
  private final GroupClocks clocks;
  private final JointSubmissions applications;
  private final RuntimeService runtime;

  BundleClocks(
      BundleApplicationMapper mapper,
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

  /** A calendar change moved a member's deadlines: the bundle's clock follows. */
  @EventListener
  void on(ClockRederived rederived) {
    refresh(rederived.applicationId());
  }

  private void refresh(String applicationId) {
    String bundleId = mapper.findBundleOf(applicationId);
    if (bundleId == null) {
      return;
    }
    BundleApplicationRow bundle = mapper.lockById(bundleId);
    Optional<GroupClock> clock = record(bundle);
    if (bundle.status() != BundleStatus.IN_PROGRESS || bundle.processInstanceId() == null) {
      return;
    }
    boolean waiting =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(bundle.processInstanceId())
                .eventName(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
                .count()
            > 0;
    if (!waiting) {
      log.warn("Bundle application {}: its clock's process is not waiting", bundle.id());
      return;
    }
    runtime
        .createMessageCorrelation(ParallelApproval.MESSAGE_GROUP_CLOCK_CHANGED)
        .processInstanceId(bundle.processInstanceId())
        .setVariable(
            ParallelApproval.VAR_NEXT_CHANGE_AT,
            clock.map(GroupClock::nextChangeAt).map(java.util.Date::from).orElse(null))
        .correlate();
  }

  /**
   * Derives the bundle's clock from its applications' ledgers and keeps it on the bundle's row; the
   * caller holds the row's lock.
   */
  Optional<GroupClock> record(BundleApplicationRow bundle) {
    Optional<GroupClock> clock = derive(bundle);
    clock.ifPresent(
        c -> {
          ClockState state = c.state();
          mapper.updateClock(
              bundle.id(),
              state.acceptedAt().toLocalDate(),
              state.deadline().toInstant(),
              state.legalDeadline().toInstant(),
              state.warningLevel(),
              state.paused());
        });
    return clock;
  }

  /** The bundle's clock now; empty before its first acceptance. */
  Optional<GroupClock> derive(BundleApplicationRow bundle) {
    if (bundle.promisedLimit() == null) {
      return Optional.empty();
    }
    List<String> ids = mapper.findMembers(bundle.id());
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
        BundleKey.of(bundle.id()),
        members,
        bundle.promisedLimit(),
        bundle.legalLimit(),
        bundle.finishedAt());
  }
}
