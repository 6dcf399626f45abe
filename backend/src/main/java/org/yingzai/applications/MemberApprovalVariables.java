package org.yingzai.applications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.yingzai.processes.ParallelApproval;

/**
 * Gives each member's approval process the start variables a submission alone would have given it;
 * it passes nothing back.
 */
@Component(ParallelApproval.BEAN_MEMBER_VARIABLES)
class MemberApprovalVariables implements DelegateVariableMapping {

  private final JointSubmissions applications;

  MemberApprovalVariables(JointSubmissions applications) {
    this.applications = applications;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    String applicationId = (String) superExecution.getVariable(ParallelApproval.VAR_APPLICATION_ID);
    subVariables.putAll(applications.approvalVariables(applicationId));
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    // a member's outcome lives in its application's row
  }
}
