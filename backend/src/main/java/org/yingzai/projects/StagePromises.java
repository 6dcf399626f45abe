package org.yingzai.projects;

import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.MaterialPromiseBroken;
import org.yingzai.applications.MaterialPromises;
import org.yingzai.applications.PromisedMaterialsSupplied;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.StageRow;

/**
 * A finished stage whose approvals wait for materials promised at acceptance (容缺受理): the next stage
 * opens once the last of them came; a broken promise leaves the stage not approved.
 */
@Component
class StagePromises {

  private final ProjectMapper mapper;
  private final MaterialPromises promises;
  private final StageOpening opening;
  private final Clock clock;
  private final JointAcceptance jointAcceptance;

  StagePromises(
      ProjectMapper mapper,
      MaterialPromises promises,
      StageOpening opening,
      Clock clock,
      JointAcceptance jointAcceptance) {
    this.jointAcceptance = jointAcceptance;
    this.mapper = mapper;
    this.promises = promises;
    this.opening = opening;
    this.clock = clock;
  }

  @EventListener
  void on(PromisedMaterialsSupplied supplied) {
    MemberRow member = mapper.findMember(supplied.applicationId());
    if (member == null) {
      return;
    }
    mapper.lockProject(member.projectId());
    StageRow stage = mapper.lockStage(member.projectId(), member.stage());
    jointAcceptance.settle(mapper.findProject(member.projectId()), stage);
    if (stage.status() != StageStatus.FINISHED || stage.outcome() != StageOutcome.APPROVED) {
      return;
    }
    if (membersOf(stage).stream().anyMatch(promises::withholdsResult)) {
      return;
    }
    member
        .stage()
        .next()
        .ifPresent(
            next -> opening.open(mapper.findProject(member.projectId()), next, clock.instant()));
  }

  @EventListener
  void on(MaterialPromiseBroken broken) {
    MemberRow member = mapper.findMember(broken.applicationId());
    if (member == null) {
      return;
    }
    StageRow stage = mapper.lockStage(member.projectId(), member.stage());
    if (stage.status() == StageStatus.FINISHED && stage.outcome() == StageOutcome.APPROVED) {
      mapper.updateOutcome(member.projectId(), member.stage(), StageOutcome.NOT_APPROVED);
    }
    jointAcceptance.settle(mapper.findProject(member.projectId()), stage);
  }

  private List<String> membersOf(StageRow stage) {
    return mapper.findStageMembers(stage.projectId(), stage.stage());
  }
}
