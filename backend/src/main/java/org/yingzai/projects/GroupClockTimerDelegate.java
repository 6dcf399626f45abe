package org.yingzai.projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.projects.ProjectMapper.StageRow;

/** The stage's clock timer fired: record the level its applications' ledgers give now, re-arm. */
@Component(ParallelApproval.DELEGATE_GROUP_CLOCK_TIMER)
class GroupClockTimerDelegate implements JavaDelegate {

  private final ProjectMapper mapper;
  private final StageClocks clocks;

  GroupClockTimerDelegate(ProjectMapper mapper, StageClocks clocks) {
    this.mapper = mapper;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StageKey key = StageKey.parse(execution.getProcessBusinessKey());
    StageRow stage = mapper.lockStage(key.projectId(), key.stage());
    execution.setVariable(
        ParallelApproval.VAR_NEXT_CHANGE_AT, StageClocks.nextChangeAt(clocks.record(stage)));
  }
}
