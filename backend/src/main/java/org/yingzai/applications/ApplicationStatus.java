package org.yingzai.applications;

/** Where an application stands, as API.md names it. */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  SUPPLEMENT_REQUESTED,
  ACCEPTED,
  UNDER_REVIEW,
  PAUSED,
  AWAITING_DECISION,
  APPROVED,
  DENIED,
  NOT_ACCEPTED,
  WITHDRAWN,
  REVOKED;

  /** Whether the applicant may still withdraw it (撤回): submitted, and not yet decided. */
  public boolean isWithdrawable() {
    return this != DRAFT && !isFinished();
  }

  public boolean isFinished() {
    return this == APPROVED
        || this == DENIED
        || this == NOT_ACCEPTED
        || this == WITHDRAWN
        || this == REVOKED;
  }
}
