package org.yingzai.shared;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** The process's variables as a task's listener reads them. */
public final class TaskVariables {

  private TaskVariables() {}

  /**
   * The process variable, read from the task's execution: our tasks hold no variables of their own
   * ({@code complete(taskId, variables)} sets them on the execution), and asking the task first
   * costs the engine a query for them.
   */
  public static Object of(DelegateTask task, String name) {
    return task.getExecution().getVariable(name);
  }
}
