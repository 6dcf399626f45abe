package org.yingzai.processes;

import java.util.Set;

/**
 * Element ids, variable names and outcome values of the standard approval process ({@code
 * bpmn/standard-approval.bpmn}): accept, review, decide, with applicant supplements before
 * acceptance and during review, and special procedures (§45) during review. {@code INSTANT} items
 * are decided in the accept step. An application neither accepted nor returned by {@link
 * #VAR_ACCEPTANCE_DUE_AT} is accepted automatically (§32) and goes on to review, or to the decision
 * for {@code INSTANT} items. The applicant may withdraw it before the decision: {@link
 * #MESSAGE_WITHDRAWN} starts the interrupting event subprocess {@link #SUBPROCESS_WITHDRAWAL},
 * which cancels the open task with its timers and ends the instance at {@link #END_WITHDRAWN}.
 *
 * <p>Steps carry their own limits and levels (DESIGN.md §5): every task in {@link
 * #TASKS_WITH_STEP_TIMERS} has one timeout listener, {@link #TIMEOUT_STEP}, armed when the task is
 * entered at the next moment the bean {@link #BEAN_STEP_TIMERS} computes from the step's limit, and
 * run by {@link #DELEGATE_STEP_TURNS}, which arms it again for the moment after. Tasks of versions
 * before carry two, {@link #TIMEOUT_STEP_YELLOW} and {@link #TIMEOUT_STEP_RED}, run by {@link
 * #DELEGATE_STEP_TIMER}.
 */
public final class StandardApproval {

  public static final String PROCESS_KEY = "standard-approval";
  public static final String RESOURCE = "bpmn/standard-approval.bpmn";

  // user tasks
  public static final String TASK_ACCEPT = "accept";
  public static final String TASK_REVIEW = "review";
  public static final String TASK_DECIDE = "decide";
  public static final String TASK_SUPPLEMENT_BEFORE_ACCEPTANCE = "supplementBeforeAcceptance";
  public static final String TASK_SUPPLEMENT_DURING_REVIEW = "supplementDuringReview";

  /** A §45 special procedure under way; worked by the department's reviewers. */
  public static final String TASK_SPECIAL_PROCEDURE = "specialProcedure";

  // §32 automatic acceptance: the timer on the accept task and what follows it
  public static final String EVENT_ACCEPTANCE_DUE = "acceptanceDue";
  public static final String SERVICE_ACCEPT_AUTOMATICALLY = "acceptAutomatically";
  public static final String GATEWAY_AUTOMATIC_ACCEPTANCE_ROUTE = "automaticAcceptanceRoute";

  /** The bean behind {@link #SERVICE_ACCEPT_AUTOMATICALLY}'s delegate expression. */
  public static final String DELEGATE_ACCEPT_AUTOMATICALLY = "acceptAutomaticallyDelegate";

  /** Step levels: the timeout listener (a task listener with a timer) on each task below. */
  public static final String TIMEOUT_STEP = "stepTurns";

  // the two timeout listeners of each task of versions before, one per level
  public static final String TIMEOUT_STEP_YELLOW = "stepTurnsYellow";
  public static final String TIMEOUT_STEP_RED = "stepTurnsRed";

  /** Every user task of the process. */
  public static final Set<String> USER_TASKS =
      Set.of(
          TASK_ACCEPT,
          TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          TASK_REVIEW,
          TASK_SPECIAL_PROCEDURE,
          TASK_SUPPLEMENT_DURING_REVIEW,
          TASK_DECIDE);

  /** The tasks whose step may have a limit of its own; a special procedure has none. */
  public static final Set<String> TASKS_WITH_STEP_TIMERS =
      Set.of(
          TASK_ACCEPT,
          TASK_REVIEW,
          TASK_DECIDE,
          TASK_SUPPLEMENT_BEFORE_ACCEPTANCE,
          TASK_SUPPLEMENT_DURING_REVIEW);

  /**
   * The bean whose {@code nextAt(execution)} gives the timer's moment ({@link java.util.Date}) when
   * a task is entered ({@code yellowAt} and {@code redAt} for the versions before).
   */
  public static final String BEAN_STEP_TIMERS = "stepTimers";

  /** The bean behind {@link #TIMEOUT_STEP}: records the step's level and arms the next moment. */
  public static final String DELEGATE_STEP_TURNS = "stepTurnsDelegate";

  /** The bean behind the two listeners of the versions before: records the step's level. */
  public static final String DELEGATE_STEP_TIMER = "stepTimerDelegate";

  // end events
  public static final String END_APPROVED = "approved";
  public static final String END_DENIED = "denied";
  public static final String END_NOT_ACCEPTED = "notAccepted";

  // withdrawal by the applicant (撤回) before the decision
  /** The message that withdraws the application, correlated to its process instance. */
  public static final String MESSAGE_WITHDRAWN = "applicationWithdrawn";

  public static final String SUBPROCESS_WITHDRAWAL = "withdrawal";
  public static final String EVENT_WITHDRAWAL_REQUESTED = "withdrawalRequested";
  public static final String END_WITHDRAWN = "withdrawn";

  // process variables, strings unless said otherwise
  public static final String VAR_APPLICATION_ID = "applicationId";
  public static final String VAR_DEPARTMENT = "departmentCode";
  public static final String VAR_HANDLING_TYPE = "handlingType";
  public static final String VAR_APPLICANT_GROUP = "applicantGroup";

  /**
   * A {@link java.util.Date}: when the application was received, at submission or when the
   * applicant answered a supplement requested at acceptance; set together with {@link
   * #VAR_ACCEPTANCE_DUE_AT}.
   */
  public static final String VAR_RECEIVED_AT = "receivedAt";

  /**
   * A {@link java.util.Date}: the end of the fifth working day after the receipt date; read when
   * the accept task starts, by the timer that accepts the application automatically (§32).
   */
  public static final String VAR_ACCEPTANCE_DUE_AT = "acceptanceDueAt";

  /** The special procedure of a {@link #OUTCOME_SPECIAL_PROCEDURE} outcome, e.g. HEARING. */
  public static final String VAR_PROCEDURE = "procedure";

  /**
   * Set when completing a task; the gateways route on it. The service hall sets it as a transient
   * variable, which lives only in the completing transaction (it keeps the outcome in its own
   * records); instances that stored it before keep it stored, overwritten at every step.
   */
  public static final String VAR_OUTCOME = "outcome";

  // values of VAR_OUTCOME
  public static final String OUTCOME_ACCEPT = "ACCEPT";
  public static final String OUTCOME_REQUEST_SUPPLEMENT = "REQUEST_SUPPLEMENT";
  public static final String OUTCOME_NOT_ACCEPT = "NOT_ACCEPT";
  public static final String OUTCOME_PASS = "PASS";
  public static final String OUTCOME_SPECIAL_PROCEDURE = "SPECIAL_PROCEDURE";
  public static final String OUTCOME_PROCEDURE_FINISHED = "PROCEDURE_FINISHED";
  public static final String OUTCOME_APPROVE = "APPROVE";
  public static final String OUTCOME_DENY = "DENY";

  /** Written by the automatic acceptance, not by a clerk. */
  public static final String OUTCOME_ACCEPTED_AUTOMATICALLY = "ACCEPTED_AUTOMATICALLY";

  // values of VAR_HANDLING_TYPE
  public static final String HANDLING_INSTANT = "INSTANT";
  public static final String HANDLING_COMMITTED = "COMMITTED";

  // duties, the second half of a clerk's candidate group
  public static final String DUTY_ACCEPT = "accept";
  public static final String DUTY_REVIEW = "review";
  public static final String DUTY_DECIDE = "decide";

  private StandardApproval() {}

  /**
   * The candidate group of the clerks holding {@code duty} in a department, e.g. {@code
   * planning:accept}.
   */
  public static String candidateGroup(String departmentCode, String duty) {
    return departmentCode + ":" + duty;
  }
}
