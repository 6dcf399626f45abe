package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yingzai.applications.Step;
import org.yingzai.catalog.HandlingType;
import org.yingzai.clock.PauseReason;
import org.yingzai.processes.CommitmentVerification;
import org.yingzai.processes.Rectification;
import org.yingzai.processes.StandardApproval;
import org.yingzai.shared.ProblemException;

/** Which outcomes each task allows, and which special procedures a reviewer may name. */
class OutcomeRulesTest {

  @Test
  void outcomesFollowTheStepAndTheHandlingType() {
    assertThat(names(Outcome.allowed("accept", Step.ACCEPT, HandlingType.COMMITTED)))
        .containsExactly("ACCEPT", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(names(Outcome.allowed("accept", Step.ACCEPT, HandlingType.INSTANT)))
        .containsExactly("APPROVE", "DENY", "REQUEST_SUPPLEMENT", "NOT_ACCEPT");
    assertThat(names(Outcome.allowed("review", Step.REVIEW, HandlingType.COMMITTED)))
        .containsExactly("PASS", "REQUEST_SUPPLEMENT", "SPECIAL_PROCEDURE");
    assertThat(names(Outcome.allowed("decide", Step.DECIDE, HandlingType.COMMITTED)))
        .containsExactly("APPROVE", "DENY");
  }

  @Test
  void everyOutcomeButAcceptPassAndApproveNeedsAComment() {
    assertThat(Outcome.valueOf("ACCEPT").needsComment()).isFalse();
    assertThat(Outcome.valueOf("PASS").needsComment()).isFalse();
    assertThat(Outcome.valueOf("APPROVE").needsComment()).isFalse();
    for (String outcome :
        new String[] {
          "REQUEST_SUPPLEMENT", "NOT_ACCEPT", "SPECIAL_PROCEDURE", "PROCEDURE_FINISHED", "DENY"
        }) {
      assertThat(Outcome.valueOf(outcome).needsComment()).as(outcome).isTrue();
    }
  }

  @Test
  void aSpecialProcedureTaskIsAReviewTaskThatIsOnlyFinished() {
    assertThat(WorkQueueSync.STEP_BY_TASK.get(StandardApproval.TASK_SPECIAL_PROCEDURE))
        .isEqualTo(Step.REVIEW);
    assertThat(
            names(
                Outcome.allowed(
                    StandardApproval.TASK_SPECIAL_PROCEDURE, Step.REVIEW, HandlingType.COMMITTED)))
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
    assertThat(SpecialProcedures.named(procedure)).isEqualTo(PauseReason.valueOf(procedure));
  }

  @Test
  void theProceduresAreEveryReasonToPauseButASupplement() {
    assertThat(SpecialProcedures.ALL)
        .hasSize(PauseReason.values().length - 1)
        .doesNotContain("SUPPLEMENT");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void aMissingProcedureIsRequired(String procedure) {
    assertThatThrownBy(() -> SpecialProcedures.named(procedure))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("PROCEDURE_REQUIRED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPLEMENT", "hearing", "HEARINGS", "听证"})
  void anythingElseIsInvalid(String procedure) {
    assertThatThrownBy(() -> SpecialProcedures.named(procedure))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("PROCEDURE_INVALID");
  }

  @Test
  void everyOutcomeIsNamedAsTheProcessesNameIt() {
    assertThat(Outcome.values())
        .extracting(Outcome::name)
        .containsExactlyInAnyOrder(
            StandardApproval.OUTCOME_ACCEPT,
            StandardApproval.OUTCOME_REQUEST_SUPPLEMENT,
            StandardApproval.OUTCOME_NOT_ACCEPT,
            StandardApproval.OUTCOME_PASS,
            StandardApproval.OUTCOME_SPECIAL_PROCEDURE,
            StandardApproval.OUTCOME_PROCEDURE_FINISHED,
            StandardApproval.OUTCOME_APPROVE,
            StandardApproval.OUTCOME_DENY,
            CommitmentVerification.OUTCOME_TRUE,
            CommitmentVerification.OUTCOME_FALSE,
            Rectification.OUTCOME_CALLED_BACK,
            Rectification.OUTCOME_RECTIFIED);
  }

  private static List<String> names(List<Outcome> outcomes) {
    return outcomes.stream().map(Outcome::name).toList();
  }
}
