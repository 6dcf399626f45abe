package org.yingzai.handling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.TimerLag;

/**
 * The step timer of a task fired: record the level its step has now, and arm the timer again for
 * the next moment its level changes, if one is left.
 */
@Component(StandardApproval.DELEGATE_STEP_TURNS)
class StepTurnsDelegate implements TaskListener {

  private final StepLevels steps;
  private final StepTimeouts timeouts;
  private final TimerLag lag;

  StepTurnsDelegate(StepLevels steps, StepTimeouts timeouts, TimerLag lag) {
    this.steps = steps;
    this.timeouts = timeouts;
    this.lag = lag;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.timerFired(task.getId()).ifPresent(row -> timeouts.armNext(row, task.getExecutionId()));
    lag.fired(TimerLag.STEP);
  }
}
