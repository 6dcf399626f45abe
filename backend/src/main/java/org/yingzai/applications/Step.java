package org.yingzai.applications;

/** The steps (环节) an application passes; SUBMISSION is the applicant's own. */
public enum Step {
  SUBMISSION,
  ACCEPT,
  SUPPLEMENT,
  REVIEW,
  DECIDE,
  ISSUE,
  VERIFY,
  /** 回访: the department calls the applicant back after a bad rating. */
  CALL_BACK,
  /** 整改: the department rectifies what a bad rating named, and answers in writing. */
  RECTIFY
}
