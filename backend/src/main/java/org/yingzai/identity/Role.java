package org.yingzai.identity;

/** What a user is in the service hall; every user has exactly one role. */
public enum Role {
  /** Acts for one enterprise (申请人): applies, supplements, follows its own applications. */
  ENTERPRISE,
  /** Works one department's queue, for the duties they hold (窗口/审批人员). */
  CLERK,
  /** Watches every clock and urges; never decides (效能监察). */
  SUPERVISOR,
  /** Manages the catalogue, the calendar and the users; never decides. */
  ADMIN
}
