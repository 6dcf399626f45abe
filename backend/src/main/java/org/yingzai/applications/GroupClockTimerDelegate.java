package org.yingzai.applications;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.ParallelApproval;

/** A group's clock timer fired: its level is recorded, the timer re-armed. */
@Component(ParallelApproval.DELEGATE_GROUP_CLOCK_TIMER)
class GroupClockTimerDelegate implements JavaDelegate {

  private final ParallelGroups groups;

  GroupClockTimerDelegate(ParallelGroups groups) {
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Instant next = groups.of(key).levelChanged(key);
    execution.setVariable(
        ParallelApproval.VAR_NEXT_CHANGE_AT, next == null ? null : Date.from(next));
  }
}
