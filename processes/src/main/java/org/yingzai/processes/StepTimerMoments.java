package org.yingzai.processes;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the standard approval asks of the bean {@link StandardApproval#BEAN_STEP_TIMERS} when a task
 * in {@link StandardApproval#TASKS_WITH_STEP_TIMERS} is entered, the commitment verification when
 * its {@link CommitmentVerification#TASK_VERIFY} task is, and a rectification when its {@link
 * Rectification#TASK_CALL_BACK} and {@link Rectification#TASK_RECTIFY} tasks are: the moment its
 * step's timeout listener is due (the moments of the two listeners of versions before). The engine
 * calls it through this public interface.
 */
public interface StepTimerMoments {

  /**
   * When the step's level changes next: when it turns YELLOW, else when it turns RED; a moment far
   * in the future when neither comes by a timer.
   */
  Date nextAt(DelegateExecution execution);

  /** When the step turns YELLOW; a moment far in the future when it never will by a timer. */
  Date yellowAt(DelegateExecution execution);

  /** When the step turns RED; a moment far in the future when it never will by a timer. */
  Date redAt(DelegateExecution execution);
}
