package org.yingzai.ratings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.Rectification;

/** The call-back task was finished: record the clerk's note on the rectification. */
@Component(Rectification.DELEGATE_RECORD_CALL_BACK)
class RecordCallBackDelegate implements JavaDelegate {

  private final Rectifications rectifications;

  RecordCallBackDelegate(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.calledBack(
        ((Number) execution.getVariable(Rectification.VAR_RECTIFICATION_ID)).longValue(),
        (String) execution.getVariable(Rectification.VAR_CALL_BACK_NOTE));
  }
}
