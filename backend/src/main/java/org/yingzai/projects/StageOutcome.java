package org.yingzai.projects;

/** How a finished stage ended. */
public enum StageOutcome {
  /** every item approved: the next stage opens */
  APPROVED,
  /** some item denied, not accepted or withdrawn: the next stage stays locked */
  NOT_APPROVED
}
