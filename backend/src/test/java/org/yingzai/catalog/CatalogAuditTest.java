package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.catalog.ProofCalls.PROOFS;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.AuditTrails;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * What the audit trail records of the proof catalogue's maintenance: each change of a proof, and
 * one record per import with its counts; besides the catalogue's own change log.
 */
@WithHall
class CatalogAuditTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  ProofCalls calls;
  Api admin;

  @BeforeEach
  void setUp() {
    calls = new ProofCalls(http, jdbc, journeys, hall.admin());
    admin = calls.admin();
    calls.removeTestProofs();
  }

  @AfterEach
  void removeTestProofs() {
    calls.removeTestProofs();
  }

  /** The hall's administrator's records of the object, oldest first. */
  private List<JsonNode> trailOf(String object) {
    return new AuditTrails(journeys.as(hall.supervisor()))
        .find("actor=" + hall.admin() + "&object=" + object);
  }

  private static List<String> actions(List<JsonNode> records) {
    return AuditTrails.actions(records);
  }

  @Test
  void everyChangeOfAProofIsRecordedAndTheCatalogueKeepsItsOwnLog() {
    assertThat(admin.post(PROOFS, ProofCalls.required("T-AUD-1")).status()).isEqualTo(201);
    Api.Response updated =
        admin.put(
            PROOFS + "/T-AUD-1", ProofCalls.with(ProofCalls.required("T-AUD-1"), "name", "新名称"));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(calls.delete(hall.admin(), PROOFS + "/T-AUD-1").status()).isEqualTo(204);
    assertThat(admin.post(PROOFS, ProofCalls.commitment("T-AUD-2", "第一版承诺书")).status())
        .isEqualTo(201);
    Api.Response published =
        admin.post(PROOFS + "/T-AUD-2/commitment-texts", Map.of("text", "第二版承诺书"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);

    List<JsonNode> first = trailOf("proof:T-AUD-1");
    assertThat(actions(first)).containsExactly("PROOF_CREATED", "PROOF_UPDATED", "PROOF_DELETED");
    assertThat(first.get(0).path("role").asText()).isEqualTo("ADMIN");
    assertThat(first.get(0).path("object").asText()).isEqualTo("proof:T-AUD-1");
    assertThat(first.get(0).path("hash").asText()).hasSize(64);
    assertThat(actions(trailOf("proof:T-AUD-2")))
        .containsExactly("PROOF_CREATED", "COMMITMENT_TEXT_PUBLISHED");
    assertThat(admin.get(PROOFS + "/T-AUD-2/changes").body().path("content").size())
        .as("the catalogue's own change log")
        .isEqualTo(2);
    Api.Response verified = journeys.as(hall.supervisor()).get("/api/audit/verification");
    assertThat(verified.body().path("valid").asBoolean()).isTrue();
  }

  @Test
  void aRefusedChangeRecordsNothing() {
    Api.Response refused =
        admin.post(PROOFS, ProofCalls.with(ProofCalls.required("T-AUD-3"), "name", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(admin.post(PROOFS, ProofCalls.required("T-AUD-4")).status()).isEqualTo(201);
    assertThat(admin.post(PROOFS, ProofCalls.required("T-AUD-4")).status()).isEqualTo(409);

    assertThat(trailOf("proof:T-AUD-3")).isEmpty();
    assertThat(actions(trailOf("proof:T-AUD-4"))).containsExactly("PROOF_CREATED");
  }

  @Test
  void anImportIsOneRecordNamingItsFileButADryRunNone() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> row = new ArrayList<>();
    for (String column : ProofFileIntake.HEADER) {
      row.add(
          switch (column) {
            case "code" -> "T-AUD-5";
            case "name" -> "测试证明";
            case "issuingAuthority" -> "测试局";
            case "disposition" -> "REQUIRED";
            default -> null;
          });
    }
    ProofCsv.write(ProofFileIntake.HEADER, List.of(row), out);
    byte[] file = out.toByteArray();
    String object =
        "proof-catalogue:"
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));

    assertThat(calls.importFile("目录.csv", file, true).status()).isEqualTo(200);
    assertThat(trailOf(object)).isEmpty();
    Api.Response imported = calls.importFile("目录.csv", file, false);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

    List<JsonNode> records = trailOf(object);
    assertThat(actions(records)).containsExactly("PROOF_CATALOGUE_IMPORTED");
    assertThat(records.get(0).path("actor").asText()).isEqualTo(hall.admin());
    assertThat(trailOf("proof:T-AUD-5")).as("one record per import, not per row").isEmpty();
  }
}
