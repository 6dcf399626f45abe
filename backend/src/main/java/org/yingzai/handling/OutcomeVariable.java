package org.yingzai.handling;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.yingzai.applications.Step;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.TaskVariables;

/**
 * The outcome of a step of the standard approval as the engine gets it: a transient variable. The
 * gateways route on it and the task's listeners read it in the transaction that completes the task;
 * the engine neither stores it nor writes it to its history, since the service hall keeps the
 * outcome in its own records (the queue's row, the timeline, the audit trail). Stored, it cost the
 * approval path eleven statements per application (docs/benchmarks.md). An instance that already
 * holds the outcome as a stored variable, from before, keeps it stored: the engine refuses a
 * transient variable under a stored one's name.
 */
final class OutcomeVariable {

  /** The steps of the standard approval, whose gateways alone read the outcome. */
  static final Set<Step> ROUTED = Set.of(Step.ACCEPT, Step.REVIEW, Step.DECIDE);

  // the applicant's tasks of the standard approval (no other process has tasks of these ids), which
  // finish without an outcome of their own
  private static final Set<String> SUPPLEMENT_TASKS =
      Set.of(
          StandardApproval.TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          StandardApproval.TASK_SUPPLEMENT_DURING_REVIEW);

  private OutcomeVariable() {}

  /** The value to set for {@code outcome} from {@code scope}, transient unless stored there. */
  static TypedValue valueFor(VariableScope scope, String outcome) {
    TypedValue stored = scope.getVariableTyped(StandardApproval.VAR_OUTCOME);
    return Variables.stringValue(outcome, stored == null || stored.isTransient());
  }

  /**
   * The outcome a task finished with, as its complete listener reads it: the variable its
   * completion set. The applicant's supplement tasks of the standard approval finish by the
   * applicant's answer, which sets none; they name the outcome that opened them, {@code
   * REQUEST_SUPPLEMENT}, as their rows always have.
   */
  static String finishedWith(DelegateTask task) {
    if (SUPPLEMENT_TASKS.contains(task.getTaskDefinitionKey())) {
      return StandardApproval.OUTCOME_REQUEST_SUPPLEMENT;
    }
    return TaskVariables.of(task, StandardApproval.VAR_OUTCOME) instanceof String outcome
        ? outcome
        : null;
  }
}
