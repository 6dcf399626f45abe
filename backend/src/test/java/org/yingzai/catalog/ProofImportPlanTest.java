package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an import would do, worked out from the file's rows and the stored proofs alone. */
class ProofImportPlanTest {

  private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

  @Test
  void aNewCodeIsCreatedWithItsCommitmentTextAsVersionOne() {
    ProofImportPlan plan =
        ProofImportPlan.of(List.of(line(7, commitment("GXZM-900", "我承诺…"))), Map.of(), "admin", AT);

    assertThat(plan.created()).isEqualTo(1);
    assertThat(plan.updated()).isZero();
    assertThat(plan.texts())
        .singleElement()
        .satisfies(text -> assertThat(text.version()).isEqualTo(1));
    assertThat(plan.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(7);
              assertThat(row.action()).isEqualTo(ProofHistory.CREATED);
            });
    assertThat(plan.changeRows("file.csv", "admin", AT)).hasSize(1);
  }

  @Test
  void aRowEqualToTheStoredProofChangesNothing() {
    ProofDraft draft = required("GXZM-901", "营业执照");
    StoredProof stored = StoredProof.of(draft, false, AT, "admin", null);

    ProofImportPlan plan =
        ProofImportPlan.of(List.of(line(2, draft)), Map.of("GXZM-901", stored), "admin", AT);

    assertThat(plan.unchanged()).isEqualTo(1);
    assertThat(plan.inserts()).isEmpty();
    assertThat(plan.updates()).isEmpty();
    assertThat(plan.rows()).isEmpty();
    assertThat(plan.changeRows(null, "admin", AT)).isEmpty();
  }

  @Test
  void aChangedRowIsAnUpdateNamingTheColumnsThatDiffer() {
    StoredProof stored = StoredProof.of(required("GXZM-902", "旧名称"), true, AT, "admin", null);

    ProofImportPlan plan =
        ProofImportPlan.of(
            List.of(line(3, required("GXZM-902", "新名称"))), Map.of("GXZM-902", stored), "admin", AT);

    assertThat(plan.updated()).isEqualTo(1);
    assertThat(plan.updates().get(0).sample()).as("a sample proof stays a sample").isTrue();
    assertThat(plan.rows().get(0).fields()).containsExactly(ProofField.NAME.column());
    assertThat(plan.changes().get(0).before()).isSameAs(stored);
  }

  private static ProofFileIntake.Line line(int line, ProofDraft draft) {
    return new ProofFileIntake.Line(line, draft);
  }

  private static ProofDraft required(String code, String name) {
    return new ProofDraft(
        new ProofTerms(
            code,
            name,
            "市场监督管理局",
            Disposition.REQUIRED,
            null,
            null,
            null,
            null,
            null,
            RiskLevel.LOW,
            null,
            null),
        null);
  }

  private static ProofDraft commitment(String code, String text) {
    return new ProofDraft(
        new ProofTerms(
            code,
            "经营场所使用证明",
            "自然资源和规划局",
            Disposition.COMMITMENT,
            null,
            null,
            null,
            "现场核查",
            30,
            RiskLevel.MEDIUM,
            null,
            null),
        text);
  }
}
