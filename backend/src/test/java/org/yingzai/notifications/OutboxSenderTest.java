package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.yingzai.support.Api;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.MailServer;
import org.yingzai.support.WithHall;

/**
 * The outbox sender against a real SMTP server that is down at first: the approval goes through
 * regardless, the notice is tried again after a wait that doubles and arrives exactly once when the
 * server is up; a message that keeps failing is marked failed with its error; two senders racing
 * over the same messages send each once; a sender whose lease ran out keeps no outcome.
 */
@WithHall
class OutboxSenderTest {

  @Autowired OutboxSender sender;
  @Autowired OutboxMapper outbox;
  @Autowired List<NotificationChannel> channels;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  Hall hall;
  Journeys journeys;

  private final GreenMail mail = MailServer.server();

  @BeforeEach
  void theApplicantWantsEmail() {
    Api.Response saved =
        journeys
            .as(hall.enterprise())
            .put(
                "/api/me/notification-settings",
                Map.of("email", hall.enterprise() + "@example.cn", "emailEnabled", true));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  @AfterEach
  void stopTheMailServerAndDropWhatIsLeft() {
    mail.stop();
    // nothing of one test is tried in the next
    jdbc.update("UPDATE outbox_message SET status = 'FAILED' WHERE status = 'PENDING'");
  }

  private OutboxSender sender(int batchSize, int maxAttempts) {
    return new OutboxSender(
        outbox,
        channels,
        new OutboxSettings(
            false,
            null,
            batchSize,
            Duration.ofMinutes(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            maxAttempts),
        clock,
        transactions);
  }

  private Map<String, Object> row(String applicationId, String kind) {
    return jdbc.queryForMap(
        "SELECT * FROM outbox_message WHERE application_id = ? AND kind = ?", applicationId, kind);
  }

  // the service hall keeps its times in UTC
  private static Instant instant(Object value) {
    return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
  }

  private List<MimeMessage> received(String number) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getSubject().contains(number)) {
        found.add(message);
      }
    }
    return found;
  }

  @Test
  void aMailServerDownAtFirstDoesNotHoldTheApprovalAndTheNoticeArrivesOnceItIsUp()
      throws Exception {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = journeys.application(hall.enterprise(), id).path("number").asText();

    // the mail server is down: the acceptance goes through and its notice waits in the outbox
    Api.Response accepted = journeys.complete(hall.clerk(), id, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(sender.run()).isZero();
    Map<String, Object> failed = row(id, "APPLICATION_ACCEPTED");
    assertThat(failed.get("status")).isEqualTo("PENDING");
    assertThat(failed.get("attempts")).isEqualTo(1);
    assertThat((String) failed.get("last_error")).contains("MailSendException");
    Instant firstTry = instant(failed.get("created_at"));
    assertThat(instant(failed.get("next_attempt_at"))).isEqualTo(firstTry.plusSeconds(30));

    // not tried again before its time; then tried and failed again, waiting twice as long
    assertThat(sender.run()).isZero();
    assertThat(row(id, "APPLICATION_ACCEPTED").get("attempts")).isEqualTo(1);
    EngineTime.at("2026-03-02T09:00:31+08:00");
    assertThat(sender.run()).isZero();
    Map<String, Object> again = row(id, "APPLICATION_ACCEPTED");
    assertThat(again.get("attempts")).isEqualTo(2);
    assertThat(instant(again.get("next_attempt_at")))
        .isEqualTo(Instant.parse("2026-03-02T01:00:31Z").plusSeconds(60));

    // the review and the approval go through with the mail server still down
    assertThat(journeys.complete(hall.reviewer(), id, "PASS", null).status()).isEqualTo(200);
    assertThat(journeys.complete(hall.approver(), id, "APPROVE", null).status()).isEqualTo(200);
    assertThat(journeys.application(hall.enterprise(), id).path("status").asText())
        .isEqualTo("APPROVED");

    mail.start();
    EngineTime.at("2026-03-02T09:01:32+08:00");
    assertThat(sender.run()).isEqualTo(2);
    assertThat(sender.run()).isZero();
    EngineTime.at("2026-03-03T09:00:00+08:00");
    assertThat(sender.run()).isZero();

    assertThat(received(number))
        .extracting(MimeMessage::getSubject)
        .containsExactly("办件 " + number + " 已受理", "办件 " + number + " 已办结：准予许可");
    Map<String, Object> sent = row(id, "APPLICATION_ACCEPTED");
    assertThat(sent.get("status")).isEqualTo("SENT");
    assertThat(sent.get("attempts")).isEqualTo(3);
    assertThat(sent.get("claim")).isNull();
    assertThat(sent.get("last_error")).isNull();
    assertThat(instant(sent.get("sent_at"))).isEqualTo(Instant.parse("2026-03-02T01:01:32Z"));
  }

  @Test
  void aMessageThatKeepsFailingIsMarkedFailedWithItsErrorAfterTheLastTry() {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    OutboxSender twoTries = sender(20, 2);

    assertThat(twoTries.run()).isZero();
    EngineTime.at("2026-03-02T09:00:30+08:00");
    assertThat(twoTries.run()).isZero();
    EngineTime.at("2026-03-02T10:00:00+08:00");
    assertThat(twoTries.run()).isZero();

    Map<String, Object> failed = row(id, "APPLICATION_ACCEPTED");
    assertThat(failed.get("status")).isEqualTo("FAILED");
    assertThat(failed.get("attempts")).isEqualTo(2);
    assertThat((String) failed.get("last_error")).contains("MailSendException");
    assertThat(failed.get("sent_at")).isNull();
  }

  @Test
  void twoSendersRacingOverTheSameMessagesSendEachOnce() throws Exception {
    String number = "RACE-" + hall.department();
    int count = 40;
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(
          new OutboxMessage(
              null,
              hall.enterprise(),
              Channel.EMAIL,
              hall.enterprise() + "@example.cn",
              "TEST",
              null,
              number + " 第 " + i + " 条",
              "正文 " + i,
              null,
              null,
              OutboxMessage.Status.PENDING,
              0,
              now,
              null,
              null,
              null,
              now));
    }
    outbox.insertAll(messages);
    mail.start();

    OutboxSender first = sender(3, 10);
    OutboxSender second = sender(3, 10);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (OutboxSender node : List.of(first, second)) {
        Callable<Integer> drain =
            () -> {
              start.await();
              int total = 0;
              for (int round = 0; round < count; round++) {
                total += node.run();
              }
              return total;
            };
        sent.add(nodes.submit(drain));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> node : sent) {
        int byNode = node.get(2, TimeUnit.MINUTES);
        total += byNode;
      }
      assertThat(total).isEqualTo(count);
    } finally {
      nodes.shutdownNow();
    }

    List<MimeMessage> received = received(number);
    assertThat(received).hasSize(count);
    assertThat(received.stream().map(this::subject).distinct()).hasSize(count);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE subject LIKE ? AND status = 'SENT'"
                    + " AND attempts = 1",
                Integer.class,
                number + "%"))
        .isEqualTo(count);
  }

  private String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSenderWhoseLeaseRanOutKeepsNoOutcomeAndTheMessageIsTakenOver() throws Exception {
    EngineTime.at("2026-03-02T09:00:00+08:00");
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    long messageId = (Long) row(id, "APPLICATION_ACCEPTED").get("id");
    // a sender claims the message and dies before it sends
    outbox.claim(List.of(messageId), "dead-sender", Instant.parse("2026-03-02T01:05:00Z"));
    mail.start();

    assertThat(sender.run()).as("not before the lease ends").isZero();
    EngineTime.at("2026-03-02T09:05:00+08:00");
    assertThat(sender.run()).isEqualTo(1);
    // the dead sender's late outcome is not kept
    assertThat(outbox.markRetry(messageId, "dead-sender", Instant.now(), "late")).isZero();

    Map<String, Object> sent = row(id, "APPLICATION_ACCEPTED");
    assertThat(sent.get("status")).isEqualTo("SENT");
    assertThat(sent.get("attempts")).isEqualTo(2);
    String number = journeys.application(hall.enterprise(), id).path("number").asText();
    assertThat(received(number)).hasSize(1);
  }
}
