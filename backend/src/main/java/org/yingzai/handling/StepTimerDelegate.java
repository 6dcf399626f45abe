package org.yingzai.handling;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.TimerLag;

/** A step timer of a task of a version before fired: record the level its step has now. */
@Component(StandardApproval.DELEGATE_STEP_TIMER)
class StepTimerDelegate implements TaskListener {

  private final StepLevels steps;
  private final TimerLag lag;

  StepTimerDelegate(StepLevels steps, TimerLag lag) {
    this.steps = steps;
    this.lag = lag;
  }

  @Override
  public void notify(DelegateTask task) {
    steps.timerFired(task.getId());
    lag.fired(TimerLag.STEP);
  }
}
