package org.yingzai.applications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.ParallelApproval;

/** Every application of a group has ended: its group finishes. */
@Component(ParallelApproval.DELEGATE_GROUP_DECIDED)
class GroupDecidedDelegate implements JavaDelegate {

  private final ParallelGroups groups;

  GroupDecidedDelegate(ParallelGroups groups) {
    this.groups = groups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    groups.of(key).decided(key);
  }
}
