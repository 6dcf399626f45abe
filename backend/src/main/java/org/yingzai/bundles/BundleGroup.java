package org.yingzai.bundles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationGroup;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointState;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.clock.GroupClocks.GroupClock;

/**
 * A bundle application as a group of applications approved in parallel (business key {@code
 * bundle:<id>}): its members; once every one has ended, the bundle finishes, approved when every
 * item was; its clock's timer.
 */
@Component
class BundleGroup implements ApplicationGroup {

  private final BundleApplicationMapper mapper;
  private final JointSubmissions applications;
  private final BundleClocks clocks;
  private final Clock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  BundleGroup(
      BundleApplicationMapper mapper,
      JointSubmissions applications,
      BundleClocks clocks,
      Clock clock,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.mapper = mapper;
    this.applications = applications;
    this.clocks = clocks;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Override
  public boolean owns(String groupKey) {
    return BundleKey.owns(groupKey);
  }

  @Override
  public List<String> members(String groupKey) {
    return mapper.findMembers(BundleKey.idOf(groupKey));
  }

  @Override
  public Instant levelChanged(String groupKey) {
    BundleApplicationRow bundle = mapper.lockById(BundleKey.idOf(groupKey));
    return clocks.record(bundle).map(GroupClock::nextChangeAt).orElse(null);
  }

  @Override
  public void decided(String groupKey) {
    BundleApplicationRow bundle = mapper.lockById(BundleKey.idOf(groupKey));
    if (bundle.status() != BundleStatus.IN_PROGRESS) {
      return;
    }
    Map<String, JointState> states = applications.states(mapper.findMembers(bundle.id()));
    boolean allApproved =
        !states.isEmpty()
            && states.values().stream().allMatch(s -> s.status() == ApplicationStatus.APPROVED);
    BundleOutcome outcome = allApproved ? BundleOutcome.APPROVED : BundleOutcome.NOT_APPROVED;
    Instant now = clock.instant();
    mapper.markFinished(bundle.id(), now, outcome);
    clocks.record(mapper.lockById(bundle.id()));
    audit.record(
        BundleAuditAction.BUNDLE_FINISHED,
        AuditObject.of("bundle-application", bundle.id()),
        null,
        Map.of("bundleCode", bundle.bundleCode(), "outcome", outcome.name()));
    events.publishEvent(
        new BundleFinished(bundle.id(), bundle.bundleCode(), outcome, bundle.enterpriseId(), now));
  }
}
