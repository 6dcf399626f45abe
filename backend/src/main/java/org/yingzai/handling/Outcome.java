package org.yingzai.handling;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yingzai.applications.Step;
import org.yingzai.catalog.HandlingType;
import org.yingzai.processes.StandardApproval;

/**
 * How a clerk finishes a step, named as the processes name it (the {@code outcome} variable), with
 * the steps it finishes and whether it needs a written reason (API.md: all but ACCEPT, PASS and
 * APPROVE, and a true verification).
 */
enum Outcome {
  ACCEPT(false),
  REQUEST_SUPPLEMENT(true),
  NOT_ACCEPT(true),
  PASS(false),
  SPECIAL_PROCEDURE(true),
  PROCEDURE_FINISHED(true),
  APPROVE(false),
  DENY(true),
  /** a verification found the commitment true */
  TRUE(false),
  /** a verification found the commitment false: the approval is revoked */
  FALSE(true),
  /** the applicant was called back after a bad rating; the comment records the call */
  CALLED_BACK(true),
  /** what a bad rating named was rectified; the comment is the written handling */
  RECTIFIED(true);

  private final boolean commentNeeded;

  Outcome(boolean commentNeeded) {
    this.commentNeeded = commentNeeded;
  }

  boolean needsComment() {
    return commentNeeded;
  }

  static Optional<Outcome> named(String name) {
    return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * What a task may be finished with: by its step (an instant item is decided at acceptance),
   * except that a special procedure at review is only ever finished.
   */
  static List<Outcome> allowed(String taskKey, Step step, HandlingType handlingType) {
    if (StandardApproval.TASK_SPECIAL_PROCEDURE.equals(taskKey)) {
      return List.of(PROCEDURE_FINISHED);
    }
    boolean instant = handlingType == HandlingType.INSTANT;
    return switch (step) {
      case ACCEPT ->
          instant
              ? List.of(APPROVE, DENY, REQUEST_SUPPLEMENT, NOT_ACCEPT)
              : List.of(ACCEPT, REQUEST_SUPPLEMENT, NOT_ACCEPT);
      case REVIEW -> List.of(PASS, REQUEST_SUPPLEMENT, SPECIAL_PROCEDURE);
      case DECIDE -> List.of(APPROVE, DENY);
      case VERIFY -> List.of(TRUE, FALSE);
      case CALL_BACK -> List.of(CALLED_BACK);
      case RECTIFY -> List.of(RECTIFIED);
      default -> List.of();
    };
  }
}
