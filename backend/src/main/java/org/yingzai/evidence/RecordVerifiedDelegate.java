package org.yingzai.evidence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.CommitmentVerification;

/** The verifier found the commitments true: closes the verification. */
@Component(CommitmentVerification.DELEGATE_RECORD_VERIFIED)
class RecordVerifiedDelegate implements JavaDelegate {

  private final VerificationService verifications;

  RecordVerifiedDelegate(VerificationService verifications) {
    this.verifications = verifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    verifications.verified(
        (String) execution.getVariable(CommitmentVerification.VAR_APPLICATION_ID),
        (String) execution.getVariable(CommitmentVerification.VAR_COMMENT));
  }
}
