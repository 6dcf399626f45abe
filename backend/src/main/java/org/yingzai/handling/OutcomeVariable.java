package org.yingzai.handling;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.yingzai.applications.Step;
import org.yingzai.processes.StandardApproval;

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

  private OutcomeVariable() {}

  /** The value to set for {@code outcome} on {@code scope}'s process instance. */
  static TypedValue of(VariableScope scope, String outcome) {
    TypedValue stored = scope.getVariableTyped(StandardApproval.VAR_OUTCOME);
    return Variables.stringValue(outcome, stored == null || stored.isTransient());
  }
}
