package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

/** The proof catalogue's tables and queries on MariaDB; every test rolls back what it wrote. */
@MapperTest
class ProofMapperTest {

  @Autowired ProofMapper proofs;
  @Autowired JdbcTemplate jdbc;

  private Fixtures fixtures() {
    return new Fixtures(jdbc);
  }

  @Test
  void readsAProofWithItsLatestCommitmentText() throws Exception {
    insertCommitmentProof("T-ZM-1");
    insertText("T-ZM-1", 1, "第一版承诺书");
    insertText("T-ZM-1", 2, "第二版承诺书");

    Proof proof = proofs.findByCode("T-ZM-1").orElseThrow();

    assertThat(proof.disposition()).isEqualTo(Disposition.COMMITMENT);
    assertThat(proof.terms().verificationDays()).isEqualTo(20);
    assertThat(proof.terms().riskLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(proof.commitment())
        .isEqualTo(new Proof.CommitmentText(2, "第二版承诺书", sha256("第二版承诺书")));
    assertThat(proof.allowsCommitment()).isTrue();
  }

  @Test
  void aProofWithoutCommitmentHasNoText() {
    Proof proof = proofs.findByCode(fixtures().sharedDataProof()).orElseThrow();

    assertThat(proof.disposition()).isEqualTo(Disposition.DATA_SHARING);
    assertThat(proof.terms().evidenceType()).isEqualTo("MARKET_ENTITY");
    assertThat(proof.terms().fallback()).isEqualTo(ProofFallback.UPLOAD);
    assertThat(proof.commitment()).isNull();
    assertThat(proof.allowsCommitment()).isFalse();
  }

  @Test
  void theDatabaseComputesTheSameHashAsJava() throws Exception {
    Proof proof = proofs.findByCode(fixtures().commitmentProof("本单位承诺：住所真实、合法。")).orElseThrow();

    assertThat(proof.commitment().sha256()).isEqualTo(sha256(proof.commitment().text()));
  }

  @Test
  void readsSeveralProofsInCodeOrder() {
    List<String> codes =
        List.of(
            fixtures().sharedDataProof(),
            fixtures().commitmentProof("承诺书"),
            fixtures().requiredProof());

    assertThat(proofs.findByCodes(List.of(codes.get(2), codes.get(0), codes.get(1))))
        .extracting(Proof::code)
        .containsExactlyElementsOf(codes.stream().sorted().toList());
  }

  @Test
  void refusesASharedDataProofWithoutProviderOrFallback() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO proof (code, name, issuing_authority, disposition, evidence_type,"
                        + " updated_at, updated_by) VALUES ('T-ZM-2', '样例证明', '某局',"
                        + " 'DATA_SHARING', 'MARKET_ENTITY', UTC_TIMESTAMP(), 'test')"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void refusesACommitmentWithoutAVerificationDeadline() {
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "INSERT INTO proof (code, name, issuing_authority, disposition,"
                        + " verification_method, updated_at, updated_by) VALUES ('T-ZM-3',"
                        + " '样例证明', '某局', 'COMMITMENT', '实地核查', UTC_TIMESTAMP(), 'test')"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private void insertCommitmentProof(String code) {
    jdbc.update(
        "INSERT INTO proof (code, name, issuing_authority, disposition, verification_method,"
            + " verification_days, risk_level, updated_at, updated_by) VALUES (?, '样例证明',"
            + " '某局', 'COMMITMENT', '实地核查', 20, 'HIGH', UTC_TIMESTAMP(), 'test')",
        code);
  }

  private void insertText(String code, int version, String text) throws Exception {
    jdbc.update(
        "INSERT INTO proof_commitment_text (proof_code, version, text, sha256, created_at,"
            + " created_by) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(), 'test')",
        code,
        version,
        text,
        sha256(text));
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
