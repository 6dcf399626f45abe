package org.yingzai.ratings;

/** Where a rectification stands: opened by the bad rating, the applicant called back, answered. */
public enum RectificationStatus {
  OPEN,
  CALLED_BACK,
  /** the written handling is given; the applicant may rate again */
  ANSWERED
}
