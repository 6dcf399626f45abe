package org.yingzai.evidence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.CommitmentVerification;

/** A commitment was false: revokes the result, with the verifier's comment as the reason. */
@Component(CommitmentVerification.DELEGATE_REVOKE_RESULT)
class RevokeResultDelegate implements JavaDelegate {

  private final VerificationService verifications;

  RevokeResultDelegate(VerificationService verifications) {
    this.verifications = verifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    verifications.revoke(
        (String) execution.getVariable(CommitmentVerification.VAR_APPLICATION_ID),
        (String) execution.getVariable(CommitmentVerification.VAR_COMMENT));
  }
}
