package org.yingzai.applications;

/** The steps (环节) an application passes; SUBMISSION is the applicant's own. */
public enum Step {
  SUBMISSION,
  ACCEPT,
  SUPPLEMENT,
  REVIEW,
  DECIDE,
  ISSUE,
  VERIFY
}
