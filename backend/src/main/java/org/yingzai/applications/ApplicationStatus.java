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

  public boolean isFinished() {
    return this == APPROVED
        || this == DENIED
        || this == NOT_ACCEPTED
        || this == WITHDRAWN
        || this == REVOKED;
  }
}
