package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.shared.Workbooks;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The audit trail over the whole service hall: what a submission, a completion and logins record,
 * who reads it, and that the verification names the record a database administrator edited,
 * deleted, inserted or cut off. Each tampering is undone before the test ends, as the chain is
 * shared by every test of the run.
 */
@WithHall
class AuditTrailTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditMapper mapper;
  @Autowired AuditVerification verification;
  @Autowired AuditAnchoring anchoring;
  @Autowired AuditTrail trail;
  @Autowired PlatformTransactionManager transactions;
  Hall hall;
  Journeys journeys;

  private String submittedAndAccepted() {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    assertThat(journeys.complete(hall.clerk(), id, "ACCEPT", "材料齐全，予以受理").status()).isEqualTo(200);
    return id;
  }

  private JsonNode trailOf(String applicationId) {
    Api.Response page =
        journeys.as(hall.supervisor()).get("/api/audit?applicationId=" + applicationId);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.body();
  }

  private AuditRecord recordAt(long seq) {
    return mapper.chainAfter(seq - 1, 1).get(0);
  }

  private long seqOf(String applicationId, String action) {
    return jdbc.queryForObject(
        "SELECT seq FROM audit_record WHERE application_id = ? AND action = ?",
        Long.class,
        applicationId,
        action);
  }

  @Test
  void aSubmissionAndACompletionAreRecordedWithWhoWhereAndWhy() {
    String id = submittedAndAccepted();

    JsonNode records = trailOf(id);

    // newest first: the clerk's completion, the submission, then how the draft was made
    assertThat(records.path("content").findValuesAsText("action"))
        .containsExactly(
            "COMPLETED",
            "SUBMITTED",
            "EVIDENCE_CONSENTED",
            "EVIDENCE_FETCHED",
            "MATERIAL_UPLOADED",
            "MATERIAL_UPLOADED",
            "MATERIAL_UPLOADED",
            "DRAFT_CREATED");
    JsonNode completed = records.path("content").get(0);
    assertThat(completed.path("action").asText()).isEqualTo("COMPLETED");
    assertThat(completed.path("actor").asText()).isEqualTo(hall.clerk());
    assertThat(completed.path("role").asText()).isEqualTo("CLERK");
    assertThat(completed.path("address").asText()).isEqualTo("127.0.0.1");
    assertThat(completed.path("object").asText()).startsWith("task:");
    assertThat(completed.path("reason").asText()).isEqualTo("材料齐全，予以受理");
    assertThat(completed.path("hash").asText()).hasSize(64);
    assertThat(completed.path("at").asText()).endsWith("+08:00");
    JsonNode submitted = records.path("content").get(1);
    assertThat(submitted.path("action").asText()).isEqualTo("SUBMITTED");
    assertThat(submitted.path("actor").asText()).isEqualTo(hall.enterprise());
    assertThat(submitted.path("role").asText()).isEqualTo("ENTERPRISE");
    assertThat(submitted.path("address").asText()).isEqualTo("127.0.0.1");
    assertThat(submitted.path("object").asText()).isEqualTo("application:" + id);
    assertThat(submitted.path("seq").asLong()).isLessThan(completed.path("seq").asLong());

    Api.Response verified = journeys.as(hall.supervisor()).get("/api/audit/verification");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body().path("valid").asBoolean()).isTrue();
    assertThat(verified.body().path("records").asLong())
        .isGreaterThanOrEqualTo(completed.path("seq").asLong());
    assertThat(verified.body().has("firstBroken")).isTrue();
    assertThat(verified.body().path("firstBroken").isNull()).isTrue();
  }

  @Test
  void onlySupervisorsReadTheTrail() {
    String id = submittedAndAccepted();
    for (String user : List.of(hall.clerk(), hall.enterprise(), hall.admin())) {
      for (String path :
          List.of("/api/audit?applicationId=" + id, "/api/audit/verification", "/api/audit.xlsx")) {
        Api.Response refused = journeys.as(user).get(path);
        assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
      }
    }
    assertThat(Api.anonymous(http).get("/api/audit").status()).isEqualTo(401);

    Api.Response workbook =
        journeys.as(hall.supervisor()).get("/api/audit.xlsx?applicationId=" + id);
    assertThat(workbook.status()).isEqualTo(200);
    assertThat(workbook.contentType()).startsWith(Workbooks.XLSX.toString());
  }

  @Test
  void theTrailIsFilteredByActorObjectAndPeriod() {
    String id = submittedAndAccepted();
    Api supervisor = journeys.as(hall.supervisor());

    JsonNode byActor = supervisor.get("/api/audit?size=100&actor=" + hall.clerk()).body();
    assertThat(byActor.path("content").findValuesAsText("actor")).containsOnly(hall.clerk());
    assertThat(byActor.path("content").findValuesAsText("action")).contains("COMPLETED");

    JsonNode byObject = supervisor.get("/api/audit?object=application:" + id).body();
    assertThat(byObject.path("content").findValuesAsText("action"))
        .containsExactly("SUBMITTED", "DRAFT_CREATED");

    JsonNode past = supervisor.get("/api/audit?applicationId=" + id + "&to=2020-01-01").body();
    assertThat(past.path("totalElements").asLong()).isZero();

    Api.Response badObject = supervisor.get("/api/audit?object=task");
    assertThat(badObject.status()).isEqualTo(400);
    assertThat(badObject.code()).isEqualTo("AUDIT_OBJECT_INVALID");
  }

  @Test
  void loginsFailedLoginsAndLockoutsAreRecorded() {
    String user = hall.otherEnterprise();
    assertThat(journeys.as(user).get("/api/applications").status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(Api.as(http, user, "wrong-" + i).get("/api/applications").status()).isEqualTo(401);
    }

    List<Map<String, Object>> records =
        jdbc.queryForList(
            "SELECT action, actor, role, address, reason FROM audit_record WHERE object_type ="
                + " 'user' AND object_id = ? ORDER BY seq",
            user);
    assertThat(records)
        .extracting(r -> r.get("action"))
        .containsExactly(
            "LOGGED_IN",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOGIN_FAILED",
            "LOCKED_OUT");
    assertThat(records).extracting(r -> r.get("actor")).containsOnly(user);
    assertThat(records).extracting(r -> r.get("role")).containsOnly("ENTERPRISE");
    assertThat(records).extracting(r -> r.get("address")).containsOnly("127.0.0.1");
    assertThat(records.get(1).get("reason")).isEqualTo("bad password");
    assertThat(records.get(6).get("reason")).isEqualTo("5 failed logins");
    assertThat(verification.verify().valid()).isTrue();
  }

  @Test
  void recordsOfATransactionThatRollsBackAreNotAppended() {
    long before = mapper.head().seq();
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        status -> {
          trail.record(() -> "TRIED", AuditObject.of("test", "rollback"), null, Map.of());
          status.setRollbackOnly();
        });
    assertThat(mapper.head().seq()).isEqualTo(before);

    transaction.executeWithoutResult(
        status -> {
          trail.record(() -> "TRIED", AuditObject.of("test", "commit"), "one", Map.of());
          trail.record(() -> "TRIED", AuditObject.of("test", "commit"), "two", Map.of());
        });
    AuditHead head = mapper.head();
    assertThat(head.seq()).isGreaterThanOrEqualTo(before + 2);
    AuditRecord second = recordAt(before + 2);
    assertThat(second.reason()).isEqualTo("two");
    assertThat(second.actor()).isEqualTo(AuditTrail.SYSTEM_ACTOR);
    assertThat(second.role()).isEqualTo(AuditTrail.SYSTEM_ROLE);
    assertThat(second.prevHash()).isEqualTo(recordAt(before + 1).hash());
  }

  @Test
  void theDatabaseUserOfTheServiceHallCannotChangeOrDeleteRecords() {
    String id = submittedAndAccepted();
    long seq = seqOf(id, "SUBMITTED");

    assertThatThrownBy(
            () -> jdbc.update("UPDATE audit_record SET reason = 'changed' WHERE seq = ?", seq))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_record WHERE seq = ?", seq))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    anchoring.anchor();
    assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_anchor"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(recordAt(seq).reason()).isNull();
  }

  @Test
  void anEditedRecordIsNamed() {
    String id = submittedAndAccepted();
    long seq = seqOf(id, "COMPLETED");
    String reason = recordAt(seq).reason();

    Dba.withoutTriggers(
        jdbc, () -> jdbc.update("UPDATE audit_record SET reason = '退回' WHERE seq = ?", seq));
    try {
      assertBrokenAt(seq);
    } finally {
      Dba.withoutTriggers(
          jdbc, () -> jdbc.update("UPDATE audit_record SET reason = ? WHERE seq = ?", reason, seq));
    }
    assertThat(verification.verify().valid()).isTrue();
  }

  @Test
  void aDeletedRecordIsNamed() {
    String id = submittedAndAccepted();
    long seq = seqOf(id, "SUBMITTED");
    AuditRecord deleted = recordAt(seq);

    Dba.withoutTriggers(jdbc, () -> jdbc.update("DELETE FROM audit_record WHERE seq = ?", seq));
    try {
      assertBrokenAt(seq);
    } finally {
      mapper.insert(List.of(deleted));
    }
    assertThat(verification.verify().valid()).isTrue();
  }

  @Test
  void aRecordInsertedInTheMiddleIsFoundAtTheRecordItDisplaced() {
    String id = submittedAndAccepted();
    long seq = seqOf(id, "COMPLETED");
    AuditRecord genuine = recordAt(seq);
    // a forger who knows the algorithm: the forged record itself links and hashes correctly
    AuditRecord forged =
        new AuditRecord(
            seq,
            genuine.at(),
            hall.approver(),
            "CLERK",
            "127.0.0.1",
            genuine.objectType(),
            genuine.objectId(),
            id,
            "COMPLETED",
            "同意",
            genuine.digest(),
            genuine.prevHash(),
            null);
    AuditRecord hashed = forged.withHash(new AuditChain().hash(forged.prevHash(), forged));

    Dba.withoutTriggers(
        jdbc,
        () -> {
          jdbc.update(
              "UPDATE audit_record SET seq = seq + 1 WHERE seq >= ? ORDER BY seq DESC", seq);
          mapper.insert(List.of(hashed));
        });
    try {
      assertBrokenAt(seq + 1);
    } finally {
      Dba.withoutTriggers(
          jdbc,
          () -> {
            jdbc.update("DELETE FROM audit_record WHERE seq = ?", seq);
            jdbc.update("UPDATE audit_record SET seq = seq - 1 WHERE seq > ? ORDER BY seq", seq);
          });
    }
    assertThat(verification.verify().valid()).isTrue();
  }

  @Test
  void aRecordAppendedPastTheHeadIsNamed() {
    submittedAndAccepted();
    AuditHead head = mapper.head();
    AuditRecord last = recordAt(head.seq());
    AuditRecord forged =
        new AuditRecord(
            head.seq() + 1,
            last.at(),
            hall.approver(),
            "CLERK",
            null,
            "task",
            "forged",
            null,
            "COMPLETED",
            null,
            last.digest(),
            head.hash(),
            null);
    mapper.insert(List.of(forged.withHash(new AuditChain().hash(head.hash(), forged))));
    try {
      assertBrokenAt(head.seq() + 1);
    } finally {
      Dba.withoutTriggers(
          jdbc, () -> jdbc.update("DELETE FROM audit_record WHERE seq = ?", head.seq() + 1));
    }
    assertThat(verification.verify().valid()).isTrue();
  }

  @Test
  void aTailCutOffAfterAnAnchorIsNamed() {
    String id = submittedAndAccepted();
    long from = seqOf(id, "SUBMITTED");
    AuditAnchor anchor = anchoring.anchor();
    assertThat(anchor.seq()).isGreaterThanOrEqualTo(from);
    AuditHead head = mapper.head();
    List<AuditRecord> tail = mapper.chainAfter(from - 1, Integer.MAX_VALUE);
    AuditRecord before = recordAt(from - 1);

    // the head is moved back as well: only the anchor still knows the tail
    Dba.withoutTriggers(
        jdbc,
        () -> {
          jdbc.update("DELETE FROM audit_record WHERE seq >= ?", from);
          mapper.updateHead(before.seq(), before.hash());
        });
    try {
      assertBrokenAt(from);
      assertThat(verification.verify().records()).isEqualTo(from - 1);
    } finally {
      mapper.insert(tail);
      mapper.updateHead(head.seq(), head.hash());
    }
    assertThat(verification.verify().valid()).isTrue();
  }

  private void assertBrokenAt(long seq) {
    Verification result = verification.verify();
    assertThat(result.valid()).as(result.toString()).isFalse();
    assertThat(result.firstBroken()).as(result.toString()).isEqualTo(seq);
  }
}
