package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yingzai.applications.Step;
import org.yingzai.clock.PauseReason;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.ProblemException;

/** Which outcomes each task allows, and which special procedures a reviewer may name. */
class OutcomeRulesTest {

  @Test
  void outcomesFollowTheStepAndTheHandlingType() {
    assertThat(HandlingService.allowedOutcomes("accept", Step.ACCEPT, "COMMITTED"))
        .containsExactly("ACCEPT", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(HandlingService.allowedOutcomes("accept", Step.ACCEPT, "INSTANT"))
        .containsExactly("APPROVE", "DENY", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(HandlingService.allowedOutcomes("review", Step.REVIEW, "COMMITTED"))
        .containsExactly("PASS", "REQUEST_SUPPLEMENT", "SPECIAL_PROCEDURE");
    assertThat(HandlingService.allowedOutcomes("decide", Step.DECIDE, "COMMITTED"))
        .containsExactly("APPROVE", "DENY");
  }

  @Test
  void everyOutcomeButAcceptPassAndApproveNeedsAComment() {
    assertThat(HandlingService.needsComment("ACCEPT")).isFalse();
    assertThat(HandlingService.needsComment("PASS")).isFalse();
    assertThat(HandlingService.needsComment("APPROVE")).isFalse();
    for (String outcome :
        new String[] {
          "REQUEST_SUPPLEMENT", "NOT_ACCEPT", "SPECIAL_PROCEDURE", "PROCEDURE_FINISHED", "DENY"
        }) {
      assertThat(HandlingService.needsComment(outcome)).as(outcome).isTrue();
    }
  }

  @Test
  void aSpecialProcedureTaskIsAReviewTaskThatIsOnlyFinished() {
    assertThat(WorkQueueSync.STEP_BY_TASK.get(StandardApproval.TASK_SPECIAL_PROCEDURE))
        .isEqualTo(Step.REVIEW);
    assertThat(
            HandlingService.allowedOutcomes(
                StandardApproval.TASK_SPECIAL_PROCEDURE, Step.REVIEW, "COMMITTED"))
        .containsExactly("PROCEDURE_FINISHED");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HEARING",
        "TESTING",
        "INSPECTION",
        "QUARANTINE",
        "APPRAISAL",
        "EXPERT_REVIEW",
        "PUBLIC_NOTICE"
      })
  void everyProcedureOfTheLawPausesTheClockForItself(String procedure) {
    assertThat(HandlingService.specialProcedure(procedure))
        .isEqualTo(PauseReason.valueOf(procedure));
  }

  @Test
  void theProceduresAreEveryReasonToPauseButASupplement() {
    assertThat(HandlingService.SPECIAL_PROCEDURES)
        .hasSize(PauseReason.values().length - 1)
        .doesNotContain("SUPPLEMENT");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void aMissingProcedureIsRequired(String procedure) {
    assertThatThrownBy(() -> HandlingService.specialProcedure(procedure))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("PROCEDURE_REQUIRED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPLEMENT", "hearing", "HEARINGS", "听证"})
  void anythingElseIsInvalid(String procedure) {
    assertThatThrownBy(() -> HandlingService.specialProcedure(procedure))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("PROCEDURE_INVALID");
  }
}
