package org.yingzai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.yingzai.shared.Sha256;

/** The canonical forms and the hashes that chain the records. */
class AuditChainTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:02:03Z");

  private static AuditRecord record(long seq, String prevHash, String reason) {
    return new AuditRecord(
        seq,
        AT,
        "clerk-1",
        "CLERK",
        "10.0.0.7",
        "task",
        "t-1",
        "a-1",
        "COMPLETED",
        reason,
        Sha256.of("null"),
        prevHash,
        null);
  }

  @Test
  void changesAreWrittenWithSortedKeysAtEveryDepthAndIsoTimes() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", List.of(Map.of("y", true), "x"));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("when", AT);
    change.put("b", inner);
    change.put("a", null);
    record Step(String outcome, String comment) {}
    change.put("step", new Step("PASS", "好"));

    assertThat(AuditChain.canonicalJson(change))
        .isEqualTo(
            "{\"a\":null,\"b\":{\"a\":[{\"y\":true},\"x\"],\"z\":1},"
                + "\"step\":{\"comment\":\"好\",\"outcome\":\"PASS\"},"
                + "\"when\":\"2026-03-02T01:02:03Z\"}");
  }

  @Test
  void theSameChangeInAnotherKeyOrderHasTheSameDigest() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("outcome", "PASS");
    one.put("step", "REVIEW");
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("step", "REVIEW");
    other.put("outcome", "PASS");
    AuditChain chain = new AuditChain();

    assertThat(chain.digest(one)).isEqualTo(chain.digest(other)).hasSize(64);
    assertThat(chain.digest(null)).isEqualTo(Sha256.of("null"));
    assertThat(chain.digest(Map.of("outcome", "DENY"))).isNotEqualTo(chain.digest(one));
  }

  @Test
  void theCanonicalFormListsEveryFieldInItsFixedOrderInUtc() {
    assertThat(AuditChain.canonicalForm(record(7, AuditChain.GENESIS, "材料\"齐全\"")))
        .isEqualTo(
            "[7,\"2026-03-02T01:02:03Z\",\"clerk-1\",\"CLERK\",\"10.0.0.7\",\"task\",\"t-1\","
                + "\"a-1\",\"COMPLETED\",\"材料\\\"齐全\\\"\",\""
                + Sha256.of("null")
                + "\"]");
    assertThat(AuditChain.canonicalForm(record(7, AuditChain.GENESIS, null)))
        .contains(",\"COMPLETED\",null,");
  }

  @Test
  void aHashIsTheSha256OfThePreviousHashAndTheCanonicalForm() {
    AuditRecord first = record(1, AuditChain.GENESIS, "a");
    AuditChain chain = new AuditChain();

    String hash = chain.hash(AuditChain.GENESIS, first);

    assertThat(hash)
        .isEqualTo(Sha256.of(AuditChain.GENESIS + AuditChain.canonicalForm(first)))
        .hasSize(64);
    // every field and the link are covered
    assertThat(chain.hash(AuditChain.GENESIS, record(1, AuditChain.GENESIS, "b")))
        .isNotEqualTo(hash);
    assertThat(chain.hash(AuditChain.GENESIS, record(2, AuditChain.GENESIS, "a")))
        .isNotEqualTo(hash);
    assertThat(chain.hash(hash, first)).isNotEqualTo(hash);
  }

  @Test
  void recordingOutsideATransactionIsRefused() {
    AuditTrail trail =
        new AuditTrail(
            mock(AuditAppender.class),
            mock(AuditMapper.class),
            Clock.fixed(AT, ZoneOffset.UTC),
            mock(PlatformTransactionManager.class));

    assertThatThrownBy(
            () -> trail.record(() -> "SUBMITTED", AuditObject.application("a-1"), null, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUBMITTED");
  }
}
