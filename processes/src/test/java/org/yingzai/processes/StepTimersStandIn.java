package org.yingzai.processes;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the backend's step timer beans: the timer of a task entered from now on is armed at
 * the first moment the test set that lies ahead of the engine's clock (never, until it sets some),
 * and every timer that fires is recorded with its task. Unlike the backend's delegate, it arms no
 * next timer after one fired.
 */
final class StepTimersStandIn implements StepTimerMoments, TaskListener {

  /** A moment no test reaches: the backend's timers are armed for it when a step has no limit. */
  static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

  /** One timer run: the task it fired for and when. */
  record Fired(String taskId, String taskKey, String event, Date at) {}

  private volatile Date yellowAt = NEVER;
  private volatile Date redAt = NEVER;
  private final List<Fired> fired = new CopyOnWriteArrayList<>();

  /** Registers this stand-in as both beans with the mocks of the shared test engine. */
  static StepTimersStandIn register(StepTimersStandIn standIn) {
    Mocks.register(StandardApproval.BEAN_STEP_TIMERS, standIn);
    Mocks.register(StandardApproval.DELEGATE_STEP_TURNS, standIn);
    Mocks.register(StandardApproval.DELEGATE_STEP_TIMER, standIn);
    return standIn;
  }

  /** The moments the timer of the next task entered is armed for, the first ahead first. */
  void arm(Date yellowAt, Date redAt) {
    this.yellowAt = yellowAt;
    this.redAt = redAt;
  }

  @Override
  public Date nextAt(DelegateExecution execution) {
    Date now = ClockUtil.getCurrentTime();
    return yellowAt.after(now) ? yellowAt : redAt.after(now) ? redAt : NEVER;
  }

  @Override
  public Date yellowAt(DelegateExecution execution) {
    return yellowAt;
  }

  @Override
  public Date redAt(DelegateExecution execution) {
    return redAt;
  }

  @Override
  public void notify(DelegateTask task) {
    fired.add(
        new Fired(
            task.getId(),
            task.getTaskDefinitionKey(),
            task.getEventName(),
            ClockUtil.getCurrentTime()));
  }

  List<Fired> fired() {
    return fired;
  }
}
