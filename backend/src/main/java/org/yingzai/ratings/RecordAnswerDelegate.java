package org.yingzai.ratings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.Rectification;

/** Both obligations are done: the written handling answers the applicant. */
@Component(Rectification.DELEGATE_RECORD_ANSWER)
class RecordAnswerDelegate implements JavaDelegate {

  private final Rectifications rectifications;

  RecordAnswerDelegate(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.answered(
        ((Number) execution.getVariable(Rectification.VAR_RECTIFICATION_ID)).longValue(),
        (String) execution.getVariable(Rectification.VAR_HANDLING));
  }
}
