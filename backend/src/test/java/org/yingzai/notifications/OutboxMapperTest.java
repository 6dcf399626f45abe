package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.notifications.NotificationSettingMapper.SettingRow;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

/**
 * The outbox's and the channel choices' tables against the real MariaDB: the due messages are
 * claimed by an index, a claim is kept only by its holder, and all recipients' choices are read at
 * once.
 */
@MapperTest
class OutboxMapperTest {

  // long past, so that these rows are the first due whatever else the table holds
  private static final Instant DUE = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2000-01-01T00:01:00Z");

  @Autowired OutboxMapper outbox;
  @Autowired NotificationSettingMapper settings;
  @Autowired JdbcTemplate jdbc;

  private final String recipient = "u-" + UUID.randomUUID().toString().substring(0, 8);

  private OutboxMessage message(String subject, Instant nextAttemptAt) {
    return new OutboxMessage(
        null,
        recipient,
        Channel.EMAIL,
        "a@example.cn",
        "TEST",
        null,
        subject,
        "正文",
        null,
        null,
        OutboxMessage.Status.PENDING,
        0,
        nextAttemptAt,
        null,
        null,
        null,
        DUE);
  }

  private long id(String subject) {
    return jdbc.queryForObject(
        "SELECT id FROM outbox_message WHERE recipient = ? AND subject = ?",
        Long.class,
        recipient,
        subject);
  }

  @Test
  void onlyDueMessagesAreClaimedAndEachOutcomeOnlyByTheClaimsHolder() {
    outbox.insertAll(
        List.of(
            message("due", DUE),
            message("later", NOW.plusSeconds(60)),
            message("sent", DUE),
            message("second", DUE)));
    jdbc.update("UPDATE outbox_message SET status = 'SENT' WHERE id = ?", id("sent"));

    List<Long> due = outbox.lockDue(NOW, 100);
    assertThat(due).contains(id("due"), id("second")).doesNotContain(id("later"), id("sent"));

    outbox.claim(List.of(id("due"), id("second")), "claim-a", NOW.plusSeconds(300));
    assertThat(outbox.findClaimed("claim-a"))
        .extracting(OutboxMessage::subject, OutboxMessage::attempts, OutboxMessage::nextAttemptAt)
        .containsExactly(
            tuple("due", 1, NOW.plusSeconds(300)), tuple("second", 1, NOW.plusSeconds(300)));
    // claimed: not due again before the lease ends
    assertThat(outbox.lockDue(NOW, 100)).doesNotContain(id("due"), id("second"));

    assertThat(outbox.markSent(id("due"), "claim-b", NOW)).isZero();
    assertThat(outbox.markSent(id("due"), "claim-a", NOW)).isOne();
    assertThat(outbox.markSent(id("due"), "claim-a", NOW)).as("once").isZero();
    assertThat(outbox.markFailed(id("second"), "claim-b", "x")).isZero();
    assertThat(outbox.markRetry(id("second"), "claim-a", NOW.plusSeconds(30), "down")).isOne();
    Map<String, Object> retried =
        jdbc.queryForMap(
            "SELECT status, claim, last_error FROM outbox_message WHERE id = ?", id("second"));
    assertThat(retried).containsEntry("status", "PENDING").containsEntry("last_error", "down");
    assertThat(retried.get("claim")).isNull();
  }

  @Test
  void theClaimQueryHasAnIndex() {
    Map<String, Object> plan =
        jdbc.queryForMap(
            "EXPLAIN SELECT id FROM outbox_message WHERE status = 'PENDING'"
                + " AND next_attempt_at <= '2026-01-01' ORDER BY next_attempt_at, id LIMIT 20");

    assertThat(String.valueOf(plan.get("possible_keys"))).contains("ix_outbox_message_due");
  }

  @Test
  void everyRecipientsChoicesAreReadInOneQuery() {
    Fixtures fixtures = new Fixtures(jdbc);
    String department = fixtures.department();
    String alice = fixtures.clerk(department);
    String bob = fixtures.clerk(department);
    String carol = fixtures.clerk(department);
    settings.upsert(new SettingRow(alice, "alice@example.cn", true, null, false, NOW));
    settings.upsert(new SettingRow(bob, "bob@example.cn", false, "13800000000", true, NOW));
    settings.upsert(new SettingRow(bob, "bob@example.cn", true, "13800000000", true, NOW));

    assertThat(settings.findAll(List.of(alice, bob, carol)))
        .extracting(SettingRow::username, SettingRow::emailEnabled, SettingRow::smsEnabled)
        .containsExactlyInAnyOrder(tuple(alice, true, false), tuple(bob, true, true));
    assertThat(settings.find(carol)).isNull();
  }
}
