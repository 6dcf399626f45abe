package org.yingzai.clock;

/**
 * Why a clock stops: the applicant's supplement after acceptance, or one of the special procedures
 * of 行政许可法 §45, whose time is not counted.
 */
public enum PauseReason {
  SUPPLEMENT,
  HEARING,
  TESTING,
  INSPECTION,
  QUARANTINE,
  APPRAISAL,
  EXPERT_REVIEW,
  PUBLIC_NOTICE;

  /** Whether this is one of the special procedures a reviewer may start, not a supplement. */
  public boolean isSpecialProcedure() {
    return this != SUPPLEMENT;
  }
}
