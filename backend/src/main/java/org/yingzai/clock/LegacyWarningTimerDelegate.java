package org.yingzai.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A timer of a legacy {@code legal-clock} process instance fired before the instance was moved (one
 * due while the service hall was down, run as it starts): the clock's own warning timer takes over,
 * and the instance waits without timers until it is deleted.
 */
@Component(LegacyWarningTimerDelegate.BEAN)
class LegacyWarningTimerDelegate implements JavaDelegate {

  /** The bean name the legacy process's service task names. */
  static final String BEAN = "warningTimerDelegate";

  // the legacy process's variable that chose its next timers, and the value that arms none
  private static final String VAR_NEXT_LEVEL = "nextLevel";
  private static final String NEXT_NONE = "NONE";

  private final LegacyClockProcesses legacy;

  LegacyWarningTimerDelegate(LegacyClockProcesses legacy) {
    this.legacy = legacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    legacy.takeOver(execution.getProcessBusinessKey());
    execution.setVariable(VAR_NEXT_LEVEL, NEXT_NONE);
  }
}
