package org.yingzai.processes;

/**
 * Element ids, variable names and outcome values of the rectification a bad rating opens (好差评,
 * 国办发〔2019〕51号; {@code bpmn/rectification.bpmn}).
 */
public final class Rectification {

  public static final String PROCESS_KEY = "rectification";
  public static final String RESOURCE = "bpmn/rectification.bpmn";

  // activities
  public static final String TASK_CALL_BACK = "callBack";
  public static final String TASK_RECTIFY = "rectify";
  public static final String SERVICE_RECORD_CALL_BACK = "recordCallBack";
  public static final String SERVICE_RECORD_ANSWER = "recordAnswer";

  // end events
  public static final String END_ANSWERED = "answered";

  // beans behind the delegate expressions
  public static final String DELEGATE_RECORD_CALL_BACK = "recordCallBackDelegate";
  public static final String DELEGATE_RECORD_ANSWER = "recordAnswerDelegate";

  // process variables
  public static final String VAR_APPLICATION_ID = StandardApproval.VAR_APPLICATION_ID;
  public static final String VAR_DEPARTMENT = StandardApproval.VAR_DEPARTMENT;

  /** A long: the rectification case. */
  public static final String VAR_RECTIFICATION_ID = "rectificationId";

  /** Set when completing either task. */
  public static final String VAR_OUTCOME = StandardApproval.VAR_OUTCOME;

  /** The clerk's record of the call-back, set when completing {@link #TASK_CALL_BACK}. */
  public static final String VAR_CALL_BACK_NOTE = "callBackNote";

  /** The clerk's written handling, set when completing {@link #TASK_RECTIFY}. */
  public static final String VAR_HANDLING = "handling";

  // values of VAR_OUTCOME
  public static final String OUTCOME_CALLED_BACK = "CALLED_BACK";
  public static final String OUTCOME_RECTIFIED = "RECTIFIED";

  /** The call-back is due within one working day of the rating (国办发〔2019〕51号). */
  public static final int CALL_BACK_DAYS = 1;

  /** The rectification is due within fifteen working days of the rating (国办发〔2019〕51号). */
  public static final int RECTIFY_DAYS = 15;

  /** The duty of the clerks who call back and rectify: the department's window (受理) clerks. */
  public static final String DUTY = "accept";

  private Rectification() {}
}
