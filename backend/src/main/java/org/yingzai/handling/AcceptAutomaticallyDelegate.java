package org.yingzai.handling;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.StandardApproval;

/** The §32 acceptance when the accept task's timer is due: reads the receipt, accepts, says so. */
@Component(StandardApproval.DELEGATE_ACCEPT_AUTOMATICALLY)
class AcceptAutomaticallyDelegate implements JavaDelegate {

  private final AutomaticAcceptance acceptance;

  AcceptAutomaticallyDelegate(AutomaticAcceptance acceptance) {
    this.acceptance = acceptance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationId = (String) execution.getVariable(StandardApproval.VAR_APPLICATION_ID);
    Date receivedAt = (Date) execution.getVariable(StandardApproval.VAR_RECEIVED_AT);
    acceptance.accept(applicationId, receivedAt.toInstant());
    execution.setVariable(
        StandardApproval.VAR_OUTCOME,
        OutcomeVariable.valueFor(execution, StandardApproval.OUTCOME_ACCEPTED_AUTOMATICALLY));
  }
}
