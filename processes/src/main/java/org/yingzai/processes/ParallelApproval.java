package org.yingzai.processes;

/**
 * Element ids, message names and variable names of the parallel approval process ({@code
 * bpmn/parallel-approval.bpmn}): one instance per group of applications submitted together (a
 * construction project's stage, a bundle), business key = the group's key. It calls every member's
 * own approval process at once (a parallel multi-instance call activity, each member's business key
 * its application id), finishes the group once every member has ended, and meanwhile keeps the
 * group's clock: a timer at {@link #VAR_NEXT_CHANGE_AT} records the group's warning level when it
 * changes; the message {@link #MESSAGE_GROUP_CLOCK_CHANGED} brings a fresh moment.
 */
public final class ParallelApproval {

  public static final String PROCESS_KEY = "parallel-approval";
  public static final String RESOURCE = "bpmn/parallel-approval.bpmn";

  public static final String START_SUBMITTED = "groupSubmitted";

  /** The parallel multi-instance call of every member's approval process. */
  public static final String CALL_MEMBER_APPROVALS = "memberApprovals";

  /** Every member has ended: the group is finished. */
  public static final String TASK_GROUP_DECIDED = "groupDecided";

  /** A terminate end event: it ends the clock's wait too. */
  public static final String END_GROUP_FINISHED = "groupFinished";

  /** Routes on {@link #VAR_NEXT_CHANGE_AT}: armed with a timer, or waiting for a change only. */
  public static final String GATEWAY_NEXT_CHANGE = "nextChange";

  public static final String GATEWAY_WHILE_ARMED = "whileArmed";
  public static final String GATEWAY_WHILE_SETTLED = "whileSettled";
  public static final String TIMER_LEVEL_CHANGES = "levelChanges";
  public static final String CATCH_CHANGED_WHILE_ARMED = "changedWhileArmed";
  public static final String CATCH_CHANGED_WHILE_SETTLED = "changedWhileSettled";

  /** Records the group's level after its timer fired, and sets {@link #VAR_NEXT_CHANGE_AT}. */
  public static final String TASK_RECORD_LEVEL = "recordLevel";

  /** A member's ledger changed; correlated with a fresh {@link #VAR_NEXT_CHANGE_AT}. */
  public static final String MESSAGE_GROUP_CLOCK_CHANGED = "groupClockChanged";

  /**
   * The bean whose {@code members(execution)} lists the group's application ids and whose {@code
   * processKey(applicationId)} names a member's approval process.
   */
  public static final String BEAN_MEMBERS = "parallelApprovals";

  /** The bean that gives each member's process its start variables. */
  public static final String BEAN_MEMBER_VARIABLES = "memberApprovalVariables";

  public static final String DELEGATE_GROUP_DECIDED = "groupDecidedDelegate";
  public static final String DELEGATE_GROUP_CLOCK_TIMER = "groupClockTimerDelegate";

  /** String: the group's key, also the business key. */
  public static final String VAR_GROUP_KEY = "groupKey";

  /** String, local to each member's call: the member's application id. */
  public static final String VAR_APPLICATION_ID = "applicationId";

  /**
   * java.util.Date or {@code null}: when the group's warning level changes next; {@code null} while
   * it is not started, paused, RED or finished.
   */
  public static final String VAR_NEXT_CHANGE_AT = "nextChangeAt";

  private ParallelApproval() {}
}
