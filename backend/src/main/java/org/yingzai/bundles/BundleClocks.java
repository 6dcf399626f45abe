package org.yingzai.bundles;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.GroupClockSync;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.clock.ClockChanged;
import org.yingzai.clock.ClockRederived;
import org.yingzai.clock.ClockState;
import org.yingzai.clock.GroupClocks.GroupClock;

/**
 * Keeps each submitted bundle's clock in step with its applications' ledgers, in the transaction
 * that changed a ledger: the bundle's row (for lists) and the timer of its parallel approval
 * process. The bundle's row lock serializes the departments acting at once.
 */
@Component
class BundleClocks {

  private final BundleApplicationMapper mapper;
  private final GroupClockSync groups;

  BundleClocks(BundleApplicationMapper mapper, GroupClockSync groups) {
    this.mapper = mapper;
    this.groups = groups;
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
    if (bundle.status() == BundleStatus.IN_PROGRESS && bundle.processInstanceId() != null) {
      groups.signal(bundle.processInstanceId(), BundleKey.of(bundle.id()), clock);
    }
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
    return groups.derive(
        BundleKey.of(bundle.id()),
        mapper.findMembers(bundle.id()),
        bundle.promisedLimit(),
        bundle.legalLimit(),
        bundle.finishedAt());
  }
}
