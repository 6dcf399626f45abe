package org.yingzai.clock;

/** Why an application's (or a step's) warning level changed. */
public enum WarningCause {
  /** The clock (or the step's task) started: the level it starts with. */
  STARTED,
  /**
   * The clock's warning timer (a step timer of the approval process, for a step): the moment the
   * level turns YELLOW or RED.
   */
  TIMER,
  /** The clock runs again after a pause. */
  RESUMED,
  /** The limit was extended (§42). */
  EXTENDED,
  /** The clock stopped at the decision (the step's task was finished): on time or late. */
  STOPPED,
  /**
   * An administrator published or withdrew a calendar year, which moved the deadline (the step's
   * due time).
   */
  CALENDAR_CHANGED
}
