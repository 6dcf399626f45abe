package org.yingzai.projects;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.processes.ParallelMembers;

/**
 * What the parallel approval process asks of a stage in its expressions: the applications it calls
 * the approval processes of, and which process each item runs.
 */
@Component(ParallelApproval.BEAN_MEMBERS)
class ParallelApprovals implements ParallelMembers {

  private final ProjectMapper mapper;
  private final JointSubmissions applications;

  ParallelApprovals(ProjectMapper mapper, JointSubmissions applications) {
    this.mapper = mapper;
    this.applications = applications;
  }

  @Override
  public List<String> members(DelegateExecution execution) {
    StageKey key = StageKey.parse(execution.getProcessBusinessKey());
    return mapper.findStageMembers(key.projectId(), key.stage());
  }

  @Override
  public String processKey(String applicationId) {
    return applications.processKey(applicationId);
  }
}
