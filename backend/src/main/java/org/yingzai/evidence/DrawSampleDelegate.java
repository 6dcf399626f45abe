package org.yingzai.evidence;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.processes.CommitmentVerification;

/** Draws the approval at the sampling table's rate and says whether it is verified. */
@Component(CommitmentVerification.DELEGATE_DRAW_SAMPLE)
class DrawSampleDelegate implements JavaDelegate {

  private final VerificationService verifications;

  DrawSampleDelegate(VerificationService verifications) {
    this.verifications = verifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean sampled =
        verifications.draw(
            (String) execution.getVariable(CommitmentVerification.VAR_APPLICATION_ID),
            ((Number) execution.getVariable(CommitmentVerification.VAR_ENTERPRISE_ID)).longValue(),
            (String) execution.getVariable(CommitmentVerification.VAR_DEPARTMENT),
            RiskLevel.valueOf(
                (String) execution.getVariable(CommitmentVerification.VAR_RISK_LEVEL)),
            (Boolean) execution.getVariable(CommitmentVerification.VAR_FIRST_COMMITMENT),
            ((Number) execution.getVariable(CommitmentVerification.VAR_SAMPLING_RATE))
                .doubleValue(),
            ((Date) execution.getVariable(CommitmentVerification.VAR_APPROVED_AT)).toInstant(),
            ((Date) execution.getVariable(CommitmentVerification.VAR_VERIFY_DUE_AT)).toInstant());
    execution.setVariable(CommitmentVerification.VAR_SAMPLED, sampled);
  }
}
