package org.yingzai.shared;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.yingzai.processes.StandardApproval;

/** The process's variables as a task's listener reads them. */
public final class TaskVariables {

  // the applicant's tasks of the standard approval, which finish without an outcome of their own
  private static final Set<String> SUPPLEMENT_TASKS =
      Set.of(
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW);

  private TaskVariables() {}

  /**
   * The process variable, read from the task's execution: our tasks hold no variables of their own
   * ({@code complete(taskId, variables)} sets them on the execution), and asking the task first
   * costs the engine a query for them.
   */
  public static Object of(DelegateTask task, String name) {
    return task.getExecution().getVariable(name);
  }

  /**
   * The outcome a task finished with, read by its complete listener: the variable its completion
   * set. The applicant's supplement tasks of the standard approval finish by the applicant's
   * answer, which sets none; they name the outcome that opened them, {@code REQUEST_SUPPLEMENT}, as
   * their rows always have.
   */
  public static String outcome(DelegateTask task) {
    if (SUPPLEMENT_TASKS.contains(task.getTaskDefinitionKey())
        && task.getProcessDefinitionId() != null
        && task.getProcessDefinitionId().startsWith(StandardApproval.PROCESS_KEY + ":")) {
      return StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
    }
    return of(task, StandardApproval.VAR_OUTCOME) instanceof String outcome ? outcome : null;
  }
}
