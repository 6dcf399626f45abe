package org.yingzai.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.yingzai.processes.LegalClock;
import org.yingzai.shared.TimerLag;

/** A timer of the legal clock process fired: record the level the ledger gives now, re-arm. */
@Component(LegalClock.DELEGATE)
class WarningTimerDelegate implements JavaDelegate {

  private final WarningService warnings;
  private final TimerLag lag;

  WarningTimerDelegate(WarningService warnings, TimerLag lag) {
    this.warnings = warnings;
    this.lag = lag;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationId = (String) execution.getVariable(LegalClock.VAR_APPLICATION_ID);
    execution.setVariables(warnings.record(applicationId, WarningCause.TIMER).variables());
    lag.fired(TimerLag.WARNING);
  }
}
