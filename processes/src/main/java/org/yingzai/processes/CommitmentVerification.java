package org.yingzai.processes;

/**
 * Element ids, variable names and outcome values of the verification of approvals that relied on
 * signed commitments ({@code bpmn/commitment-verification.bpmn}) and of its sampling table ({@code
 * dmn/verification-sampling.dmn}).
 */
public final class CommitmentVerification {

  public static final String PROCESS_KEY = "commitment-verification";
  public static final String RESOURCE = "bpmn/commitment-verification.bpmn";

  public static final String DECISION_KEY = "verification-sampling";
  public static final String DECISION_RESOURCE = "dmn/verification-sampling.dmn";

  // activities
  public static final String RULE_SAMPLING_RATE = "samplingRate";
  public static final String SERVICE_DRAW_SAMPLE = "drawSample";
  public static final String TASK_VERIFY = "verify";
  public static final String SERVICE_RECORD_VERIFIED = "recordVerified";
  public static final String SERVICE_REVOKE_RESULT = "revokeResult";

  // end events
  public static final String END_NOT_SAMPLED = "notSampled";
  public static final String END_VERIFIED = "verified";
  public static final String END_REVOKED = "revoked";

  // beans behind the delegate expressions
  public static final String DELEGATE_DRAW_SAMPLE = "drawSampleDelegate";
  public static final String DELEGATE_RECORD_VERIFIED = "recordVerifiedDelegate";
  public static final String DELEGATE_REVOKE_RESULT = "revokeResultDelegate";

  // process variables
  public static final String VAR_APPLICATION_ID = StandardApproval.VAR_APPLICATION_ID;
  public static final String VAR_DEPARTMENT = StandardApproval.VAR_DEPARTMENT;

  /** A long: the enterprise the approval was for. */
  public static final String VAR_ENTERPRISE_ID = "enterpriseId";

  /** A {@link java.util.Date}: when the application was approved. */
  public static final String VAR_APPROVED_AT = "approvedAt";

  /** The highest risk level among the proofs committed to: LOW, MEDIUM or HIGH; a DMN input. */
  public static final String VAR_RISK_LEVEL = "riskLevel";

  /** A boolean DMN input: whether this is the enterprise's first approval on commitments. */
  public static final String VAR_FIRST_COMMITMENT = "firstCommitment";

  /** A double in [0, 1], the DMN output. */
  public static final String VAR_SAMPLING_RATE = "samplingRate";

  /** A boolean, set by the draw. */
  public static final String VAR_SAMPLED = "sampled";

  /** A {@link java.util.Date}: when the verification is due. */
  public static final String VAR_VERIFY_DUE_AT = "verifyDueAt";

  /**
   * An int: the verification deadline in working days after the approval, the limit of the VERIFY
   * step, whose level turns YELLOW and RED by the timeout listener {@link
   * StandardApproval#TIMEOUT_STEP} like the approval's steps.
   */
  public static final String VAR_VERIFICATION_DAYS = "verificationDays";

  /** Set when completing the verify task. */
  public static final String VAR_OUTCOME = StandardApproval.VAR_OUTCOME;

  /** The verifier's comment, kept for the revocation's reason. */
  public static final String VAR_COMMENT = "comment";

  // values of VAR_OUTCOME
  public static final String OUTCOME_TRUE = "TRUE";
  public static final String OUTCOME_FALSE = "FALSE";

  /** The duty of the clerks who verify, the second half of the candidate group. */
  public static final String DUTY_VERIFY = "verify";

  private CommitmentVerification() {}
}
