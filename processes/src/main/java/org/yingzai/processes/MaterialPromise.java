package org.yingzai.processes;

/**
 * Element ids, message and variable names of the material promise process ({@code
 * bpmn/material-promise.bpmn}): one instance per material a key project's application was accepted
 * without (容缺受理), business key = the promise's id. It waits for the material until {@link
 * #VAR_DUE_AT}; the message {@link #MESSAGE_SUPPLIED} ends it kept, the timer ends it broken
 * through {@link #DELEGATE_BROKEN}.
 */
public final class MaterialPromise {

  public static final String PROCESS_KEY = "material-promise";
  public static final String RESOURCE = "bpmn/material-promise.bpmn";

  public static final String START_ACCEPTED = "acceptedWithoutMaterial";
  public static final String GATEWAY_WAITING = "waitingForMaterial";
  public static final String CATCH_SUPPLIED = "materialSupplied";
  public static final String TIMER_DUE = "promiseDue";
  public static final String TASK_RECORD_BROKEN = "recordBroken";
  public static final String END_KEPT = "promiseKept";
  public static final String END_BROKEN = "promiseBroken";

  /** The applicant uploaded the material; correlated by process instance. */
  public static final String MESSAGE_SUPPLIED = "promisedMaterialSupplied";

  /** The bean that records a broken promise ({@code camunda:delegateExpression}). */
  public static final String DELEGATE_BROKEN = "promiseBrokenDelegate";

  /** String: the promise's id, also the business key. */
  public static final String VAR_PROMISE_ID = "promiseId";

  /** java.util.Date: one second after the last working day of the promise ends. */
  public static final String VAR_DUE_AT = "dueAt";

  private MaterialPromise() {}
}
