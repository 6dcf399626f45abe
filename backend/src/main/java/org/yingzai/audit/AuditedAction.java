package org.yingzai.audit;

/**
 * An action the audit trail records. Each module names its own actions in an enum implementing
 * this, so that the audit trail depends on no module.
 */
public interface AuditedAction {

  /** The action's name as recorded, e.g. {@code SUBMITTED}. */
  String name();
}
