package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yingzai.catalog.ProofViolation.Reason.CODE_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.COMMITMENT_ONLY;
import static org.yingzai.catalog.ProofViolation.Reason.COMMITMENT_REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.DAYS_INVALID;
import static org.yingzai.catalog.ProofViolation.Reason.EVIDENCE_TYPE_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.FORMULA;
import static org.yingzai.catalog.ProofViolation.Reason.LINE_BREAK;
import static org.yingzai.catalog.ProofViolation.Reason.PROVIDER_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.SHARING_ONLY;
import static org.yingzai.catalog.ProofViolation.Reason.SHARING_REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.TOO_LONG;
import static org.yingzai.catalog.ProofViolation.Reason.UNKNOWN_VALUE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every proof obeys before it is written, whether it comes from the API or a file. */
class ProofRulesTest {

  static Map<ProofField, String> required(String code) {
    Map<ProofField, String> fields = new EnumMap<>(ProofField.class);
    fields.put(ProofField.CODE, code);
    fields.put(ProofField.NAME, "从业人员健康证明");
    fields.put(ProofField.ISSUING_AUTHORITY, "疾病预防控制中心");
    fields.put(ProofField.DISPOSITION, "REQUIRED");
    return fields;
  }

  static Map<ProofField, String> sharing(String code, String fallback) {
    Map<ProofField, String> fields = required(code);
    fields.put(ProofField.DISPOSITION, "DATA_SHARING");
    fields.put(ProofField.EVIDENCE_TYPE, "SOCIAL_INSURANCE");
    fields.put(ProofField.PROVIDER, "social-insurance");
    fields.put(ProofField.FALLBACK, fallback);
    return fields;
  }

  static Map<ProofField, String> commitment(String code) {
    Map<ProofField, String> fields = required(code);
    fields.put(ProofField.DISPOSITION, "COMMITMENT");
    fields.put(ProofField.VERIFICATION_METHOD, "实地核查");
    fields.put(ProofField.VERIFICATION_DAYS, "20");
    fields.put(ProofField.COMMITMENT_TEXT, "本单位承诺：所填信息真实。");
    return fields;
  }

  private static ProofRules.Checked check(Map<ProofField, String> fields) {
    return ProofRules.check(fields, false);
  }

  /** Asserts on the field and reason of each violation. */
  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertViolations(Map<ProofField, String> fields) {
    return assertThat(check(fields).violations())
        .extracting(ProofViolation::field, ProofViolation::reason);
  }

  @Test
  void aRequiredProofNeedsCodeNameAuthorityAndDispositionAndIsLowRiskByDefault() {
    ProofRules.Checked checked = check(required("T-R-1"));

    assertThat(checked.violations()).isEmpty();
    assertThat(checked.draft().terms().disposition()).isEqualTo(Disposition.REQUIRED);
    assertThat(checked.draft().terms().riskLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(checked.draft().commitmentText()).isNull();
  }

  @Test
  void listsEveryMissingFieldAtOnce() {
    ProofRules.Checked checked = check(new EnumMap<>(ProofField.class));

    assertThat(checked.valid()).isFalse();
    assertThat(checked.violations())
        .extracting(ProofViolation::field, ProofViolation::reason)
        .containsExactly(
            tuple(ProofField.CODE, REQUIRED),
            tuple(ProofField.NAME, REQUIRED),
            tuple(ProofField.ISSUING_AUTHORITY, REQUIRED),
            tuple(ProofField.DISPOSITION, REQUIRED));
  }

  @Test
  void sharedDataNeedsEvidenceTypeProviderAndFallback() {
    Map<ProofField, String> fields = required("T-R-2");
    fields.put(ProofField.DISPOSITION, "DATA_SHARING");
    fields.put(ProofField.EVIDENCE_TYPE, "TAX_CREDIT");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.PROVIDER, SHARING_REQUIRED),
            tuple(ProofField.FALLBACK, SHARING_REQUIRED));
    assertThat(check(sharing("T-R-2", "UPLOAD")).violations()).isEmpty();
  }

  @Test
  void onlySharedDataHasEvidenceTypeProviderOrFallback() {
    Map<ProofField, String> fields = required("T-R-3");
    fields.put(ProofField.PROVIDER, "tax-credit");
    fields.put(ProofField.FALLBACK, "UPLOAD");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.PROVIDER, SHARING_ONLY), tuple(ProofField.FALLBACK, SHARING_ONLY));
  }

  @Test
  void aCommitmentNeedsAVerificationMethodDeadlineAndText() {
    Map<ProofField, String> fields = required("T-R-4");
    fields.put(ProofField.DISPOSITION, "COMMITMENT");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.VERIFICATION_METHOD, COMMITMENT_REQUIRED),
            tuple(ProofField.VERIFICATION_DAYS, COMMITMENT_REQUIRED),
            tuple(ProofField.COMMITMENT_TEXT, COMMITMENT_REQUIRED));
    ProofRules.Checked checked = check(commitment("T-R-4"));
    assertThat(checked.violations()).isEmpty();
    assertThat(checked.draft().terms().verificationDays()).isEqualTo(20);
    assertThat(checked.draft().terms().allowsCommitment()).isTrue();
  }

  @Test
  void aCommitmentMayKeepTheTextItAlreadyHas() {
    Map<ProofField, String> fields = commitment("T-R-5");
    fields.remove(ProofField.COMMITMENT_TEXT);

    assertThat(ProofRules.check(fields, true).violations()).isEmpty();
    assertThat(ProofRules.check(fields, false).violations())
        .extracting(ProofViolation::field)
        .containsExactly(ProofField.COMMITMENT_TEXT);
  }

  @Test
  void sharedDataFallingBackToACommitmentNeedsWhatACommitmentNeeds() {
    Map<ProofField, String> fields = sharing("T-R-6", "COMMITMENT");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.VERIFICATION_METHOD, COMMITMENT_REQUIRED),
            tuple(ProofField.VERIFICATION_DAYS, COMMITMENT_REQUIRED),
            tuple(ProofField.COMMITMENT_TEXT, COMMITMENT_REQUIRED));
    fields.put(ProofField.VERIFICATION_METHOD, "比对参保记录");
    fields.put(ProofField.VERIFICATION_DAYS, "15");
    fields.put(ProofField.COMMITMENT_TEXT, "本单位承诺：已为职工足额缴纳社会保险费。");
    assertThat(check(fields).violations()).isEmpty();
  }

  @Test
  void onlyCommitmentsHaveVerificationOrText() {
    Map<ProofField, String> fields = sharing("T-R-7", "UPLOAD");
    fields.put(ProofField.VERIFICATION_DAYS, "10");
    fields.put(ProofField.COMMITMENT_TEXT, "承诺");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.VERIFICATION_DAYS, COMMITMENT_ONLY),
            tuple(ProofField.COMMITMENT_TEXT, COMMITMENT_ONLY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "366", "abc", "1.5", "1E999999999", "20 天"})
  void refusesVerificationDaysThatAreNotOneToAYear(String days) {
    Map<ProofField, String> fields = commitment("T-R-8");
    fields.put(ProofField.VERIFICATION_DAYS, days);

    assertThat(check(fields).violations())
        .extracting(ProofViolation::field, ProofViolation::reason, ProofViolation::argument)
        .containsExactly(tuple(ProofField.VERIFICATION_DAYS, DAYS_INVALID, 365));
  }

  @Test
  void acceptsAWholeNumberOfDaysAsASpreadsheetShowsIt() {
    Map<ProofField, String> fields = commitment("T-R-9");
    fields.put(ProofField.VERIFICATION_DAYS, "30.0");

    assertThat(check(fields).draft().terms().verificationDays()).isEqualTo(30);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gxzm-001",
        "G",
        "-GXZM",
        "GXZM 001",
        "证明-001",
        "GXZM-0001-ABCDEFGHIJKLMNOPQRSTUVW"
      })
  void refusesCodesOutsideThePattern(String code) {
    assertViolations(required(code)).containsExactly(tuple(ProofField.CODE, CODE_FORMAT));
  }

  @Test
  void countsLengthsInCharactersNotBytes() {
    Map<ProofField, String> fields = required("T-R-10");
    fields.put(ProofField.NAME, "证".repeat(200));
    assertThat(check(fields).violations()).isEmpty();

    fields.put(ProofField.NAME, "证".repeat(201));
    fields.put(ProofField.NOTE, "x".repeat(1001));
    assertThat(check(fields).violations())
        .extracting(ProofViolation::field, ProofViolation::reason, ProofViolation::argument)
        .containsExactly(
            tuple(ProofField.NAME, TOO_LONG, 200), tuple(ProofField.NOTE, TOO_LONG, 1000));
  }

  @Test
  void refusesUnknownValuesAndNamesTheAllowedOnes() {
    Map<ProofField, String> fields = required("T-R-11");
    fields.put(ProofField.DISPOSITION, "WAIVED");
    fields.put(ProofField.RISK_LEVEL, "EXTREME");

    assertThat(check(fields).violations())
        .extracting(ProofViolation::field, ProofViolation::reason, ProofViolation::argument)
        .containsExactly(
            tuple(
                ProofField.DISPOSITION,
                UNKNOWN_VALUE,
                "ABOLISHED, DATA_SHARING, COMMITMENT, DEPARTMENT_VERIFICATION, REQUIRED"),
            tuple(ProofField.RISK_LEVEL, UNKNOWN_VALUE, "LOW, MEDIUM, HIGH"));
  }

  @Test
  void takesChoicesInAnyCase() {
    Map<ProofField, String> fields = sharing("T-R-12", "upload");
    fields.put(ProofField.DISPOSITION, "data_sharing");
    fields.put(ProofField.RISK_LEVEL, "High");

    ProofDraft draft = check(fields).draft();
    assertThat(draft.terms().disposition()).isEqualTo(Disposition.DATA_SHARING);
    assertThat(draft.terms().fallback()).isEqualTo(ProofFallback.UPLOAD);
    assertThat(draft.terms().riskLevel()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void refusesMalformedEvidenceTypesAndProviders() {
    Map<ProofField, String> fields = sharing("T-R-13", "UPLOAD");
    fields.put(ProofField.EVIDENCE_TYPE, "market entity");
    fields.put(ProofField.PROVIDER, "Market_Register");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.EVIDENCE_TYPE, EVIDENCE_TYPE_FORMAT),
            tuple(ProofField.PROVIDER, PROVIDER_FORMAT));
  }

  @Test
  void refusesFormulasAndLineBreaksInNames() {
    Map<ProofField, String> fields = required("T-R-14");
    fields.put(ProofField.NAME, "=HYPERLINK(\"http://example.com\")");
    fields.put(ProofField.ISSUING_AUTHORITY, "市场\n监督管理局");
    fields.put(ProofField.NOTE, "@SUM(A1)");

    assertViolations(fields)
        .containsExactly(
            tuple(ProofField.NAME, FORMULA),
            tuple(ProofField.ISSUING_AUTHORITY, LINE_BREAK),
            tuple(ProofField.NOTE, FORMULA));
  }

  @Test
  void trimsAndWritesLineEndsAsLineFeeds() {
    Map<ProofField, String> fields = commitment("T-R-15");
    fields.put(ProofField.NAME, "  健康证明 ");
    fields.put(ProofField.NOTE, "   ");
    fields.put(ProofField.COMMITMENT_TEXT, "第一段\r\n第二段\r第三段\n");

    ProofDraft draft = check(fields).draft();
    assertThat(draft.terms().name()).isEqualTo("健康证明");
    assertThat(draft.terms().note()).isNull();
    assertThat(draft.commitmentText()).isEqualTo("第一段\n第二段\n第三段");
  }
}
