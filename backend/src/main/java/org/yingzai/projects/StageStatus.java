package org.yingzai.projects;

/** Where a project's stage stands. */
public enum StageStatus {
  /** the stage before has not finished with every item approved */
  LOCKED,
  /** its form and materials are being prepared */
  OPEN,
  /** submitted: its items are handled in parallel */
  IN_PROGRESS,
  /** every item decided */
  FINISHED
}
