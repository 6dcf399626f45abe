package org.yingzai.applications;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.processes.ParallelMembers;

/**
 * What the parallel approval process asks in its expressions: the group of its business key (found
 * among the {@link ApplicationGroup} beans) and the process each member's item runs.
 */
@Component(ParallelApproval.BEAN_MEMBERS)
class ParallelGroups implements ParallelMembers {

  private final List<ApplicationGroup> groups;
  private final JointSubmissions applications;

  ParallelGroups(List<ApplicationGroup> groups, JointSubmissions applications) {
    this.groups = groups;
    this.applications = applications;
  }

  @Override
  public List<String> members(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    return of(key).members(key);
  }

  @Override
  public String processKey(String applicationId) {
    return applications.processKey(applicationId);
  }

  /** The group the key names. */
  ApplicationGroup of(String groupKey) {
    return groups.stream()
        .filter(g -> g.owns(groupKey))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No group of applications " + groupKey));
  }
}
