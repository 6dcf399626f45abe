package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.catalog.ProofAdminMapper.ChangeRow;
import org.yingzai.catalog.ProofAdminMapper.TextRow;
import org.yingzai.shared.Sha256;
import org.yingzai.support.MapperTest;

/** The administration's writes and reads of the proof tables; every test rolls back. */
@MapperTest
class ProofAdminMapperTest {

  private static final Instant AT = Instant.parse("2026-11-28T02:00:00Z");

  @Autowired ProofAdminMapper admin;
  @Autowired ProofMapper proofs;
  @Autowired JdbcTemplate jdbc;

  private static StoredProof row(String code, Disposition disposition) {
    return new StoredProof(
        new ProofTerms(
            code,
            "样例证明",
            "某局",
            disposition,
            null,
            null,
            null,
            disposition == Disposition.COMMITMENT ? "实地核查" : null,
            disposition == Disposition.COMMITMENT ? 20 : null,
            RiskLevel.MEDIUM,
            null,
            null),
        false,
        AT,
        "admin",
        null);
  }

  @Test
  void writesProofsTextsAndChangesInOneStatementEach() {
    admin.insertAll(
        List.of(row("T-AM-1", Disposition.COMMITMENT), row("T-AM-2", Disposition.REQUIRED)));
    admin.insertTexts(
        List.of(
            new TextRow("T-AM-1", 1, "第一版", Sha256.of("第一版"), AT, "admin"),
            new TextRow("T-AM-1", 2, "第二版", Sha256.of("第二版"), AT, "admin")));
    admin.insertChanges(
        List.of(
            new ChangeRow(
                null, "T-AM-1", "CREATED", "IMPORT", "清单.xlsx", "admin", AT, null, "{\"a\": 1}")));

    Map<String, Object> written =
        jdbc.queryForMap(
            "SELECT updated_by, DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i') AS at, risk_level FROM proof WHERE code = 'T-AM-1'");
    assertThat(written)
        .containsEntry("updated_by", "admin")
        .containsEntry("at", "2026-11-28 02:00");
    StoredProof stored = admin.findByCode("T-AM-1").orElseThrow();
    assertThat(stored.latestVersion()).isEqualTo(2);
    assertThat(stored.latestText()).isEqualTo("第二版");
    assertThat(stored.updatedAt()).isEqualTo(AT);
    assertThat(admin.findTexts("T-AM-1")).extracting(TextRow::version).containsExactly(2, 1);
    ChangeRow change = admin.findChanges("T-AM-1", 0, 10).get(0);
    assertThat(change.source()).isEqualTo("清单.xlsx");
    assertThat(change.afterJson()).contains("\"a\"");
    assertThat(admin.lockByCodes(List.of("T-AM-2", "T-AM-1", "T-AM-NONE")))
        .extracting(StoredProof::code)
        .containsExactly("T-AM-1", "T-AM-2");
  }

  @Test
  void administratorsSeeTheKeptTextOfAProofThatNoLongerTakesCommitmentsApplicantsDoNot() {
    admin.insertAll(List.of(row("T-AM-3", Disposition.REQUIRED)));
    admin.insertTexts(List.of(new TextRow("T-AM-3", 1, "旧承诺书", Sha256.of("旧承诺书"), AT, "admin")));

    assertThat(admin.findByCode("T-AM-3").orElseThrow().latestVersion()).isEqualTo(1);
    assertThat(proofs.findByCode("T-AM-3").orElseThrow().commitment()).isNull();
  }

  @Test
  void anAuditEntryKeepsItsStatesWhateverHappensToTheProof() {
    admin.insertAll(List.of(row("T-AM-4", Disposition.REQUIRED)));
    admin.insertChanges(
        List.of(new ChangeRow(null, "T-AM-4", "DELETED", "API", null, "admin", AT, "{}", null)));
    admin.delete("T-AM-4");

    assertThat(admin.findByCode("T-AM-4")).isEmpty();
    assertThat(admin.countChanges("T-AM-4")).isEqualTo(1);
  }
}
