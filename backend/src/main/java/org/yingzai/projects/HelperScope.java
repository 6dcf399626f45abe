package org.yingzai.projects;

/** What an enterprise authorizes its project's helper (帮办代办员) to do in its name. */
public enum HelperScope {
  /** fill in the stages' forms and upload their materials */
  PREPARE,
  /** all of that, and submit the stages */
  PREPARE_AND_SUBMIT;

  boolean allowsSubmission() {
    return this == PREPARE_AND_SUBMIT;
  }
}
