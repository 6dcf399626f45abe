package org.yingzai.projects;

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
import org.yingzai.applications.MaterialPromises;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.clock.GroupClocks;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;

/**
 * A project's stage as a group of applications approved in parallel (business key {@code <project
 * id>:<stage>}): its members; once every one has ended, the stage finishes with its outcome and its
 * clock's last level, and the next stage opens when every item was approved; its clock's timer.
 */
@Component
class StageGroup implements ApplicationGroup {

  private final ProjectMapper mapper;
  private final JointSubmissions applications;
  private final StageClocks clocks;
  private final StageOpening opening;
  private final Clock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final MaterialPromises promises;
  private final JointAcceptance jointAcceptance;

  StageGroup(
      ProjectMapper mapper,
      JointSubmissions applications,
      StageClocks clocks,
      StageOpening opening,
      Clock clock,
      AuditTrail audit,
      ApplicationEventPublisher events,
      MaterialPromises promises,
      JointAcceptance jointAcceptance) {
    this.promises = promises;
    this.jointAcceptance = jointAcceptance;
    this.mapper = mapper;
    this.applications = applications;
    this.clocks = clocks;
    this.opening = opening;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Override
  public boolean owns(String groupKey) {
    return StageKey.isStageKey(groupKey);
  }

  @Override
  public List<String> members(String groupKey) {
    StageKey key = StageKey.parse(groupKey);
    return mapper.findStageMembers(key.projectId(), key.stage());
  }

  @Override
  public Instant levelChanged(String groupKey) {
    StageKey key = StageKey.parse(groupKey);
    StageRow stage = mapper.lockStage(key.projectId(), key.stage());
    return clocks.record(stage).map(GroupClocks.GroupClock::nextChangeAt).orElse(null);
  }

  @Override
  public void decided(String groupKey) {
    StageKey key = StageKey.parse(groupKey);
    mapper.lockProject(key.projectId());
    ProjectRow project = mapper.findProject(key.projectId());
    StageRow stage = mapper.lockStage(key.projectId(), key.stage());
    if (stage.status() != StageStatus.IN_PROGRESS) {
      return;
    }
    List<String> ids = mapper.findStageMembers(key.projectId(), key.stage());
    Map<String, JointState> states = applications.states(ids);
    // an approval whose promise (容缺受理) was broken keeps its result withheld for good
    boolean allApproved =
        !states.isEmpty()
            && states.values().stream().allMatch(s -> s.status() == ApplicationStatus.APPROVED)
            && ids.stream().noneMatch(promises::hasBroken);
    StageOutcome outcome = allApproved ? StageOutcome.APPROVED : StageOutcome.NOT_APPROVED;
    Instant now = clock.instant();
    mapper.markFinished(key.projectId(), key.stage(), now, outcome);
    clocks.record(mapper.lockStage(key.projectId(), key.stage()));
    audit.record(
        ProjectAuditAction.STAGE_FINISHED,
        AuditObject.of("project", key.projectId()),
        null,
        Map.of("stage", key.stage().name(), "outcome", outcome.name()));
    // the next stage needs the results: it opens once no promised material holds one back
    if (outcome == StageOutcome.APPROVED && ids.stream().noneMatch(promises::withholdsResult)) {
      key.stage().next().ifPresent(next -> opening.open(project, next, now));
    }
    jointAcceptance.settle(project, mapper.lockStage(key.projectId(), key.stage()));
    events.publishEvent(
        new StageFinished(key.projectId(), key.stage(), outcome, project.enterpriseId(), now));
  }
}
