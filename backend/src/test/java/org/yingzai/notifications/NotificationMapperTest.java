package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.notifications.NotificationMapper.NotificationRow;
import org.yingzai.support.MapperTest;

/** The inbox's table against the real MariaDB: each recipient's own messages, newest first. */
@MapperTest
class NotificationMapperTest {

  @Autowired NotificationMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private String someone() {
    return "u-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private long deliver(String recipient, String applicationId, String title) {
    mapper.insert(
        new NotificationRow(null, recipient, "WARNING_RED", applicationId, title, "正文", now, null));
    return jdbc.queryForObject(
        "SELECT MAX(id) FROM notification WHERE recipient = ?", Long.class, recipient);
  }

  @Test
  void theInboxIsNewestFirstAndNarrowedToTheUnread() {
    String alice = someone();
    long first = deliver(alice, "a-1", "一");
    long second = deliver(alice, "a-2", "二");
    long third = deliver(alice, "a-3", "三");
    deliver(someone(), "a-1", "别人的");
    mapper.markRead(second, alice, now);

    assertThat(mapper.findPage(alice, false, 0, 10))
        .extracting(NotificationRow::id)
        .containsExactly(third, second, first);
    assertThat(mapper.findPage(alice, true, 0, 10))
        .extracting(NotificationRow::id)
        .containsExactly(third, first);
    assertThat(mapper.findPage(alice, false, 1, 1))
        .extracting(NotificationRow::id)
        .containsExactly(second);
    assertThat(mapper.count(alice, false)).isEqualTo(3);
    assertThat(mapper.count(alice, true)).isEqualTo(2);
  }

  @Test
  void aMessageIsMarkedReadOnceAndOnlyByItsRecipient() {
    String bob = someone();
    long id = deliver(bob, "a-1", "一");

    assertThat(mapper.markRead(id, someone(), now)).isZero();
    assertThat(mapper.findOwn(id, bob).readAt()).isNull();
    assertThat(mapper.markRead(id, bob, now)).isEqualTo(1);
    assertThat(mapper.markRead(id, bob, now.plusSeconds(60))).isZero();
    assertThat(mapper.findOwn(id, bob).readAt()).isEqualTo(now);
    assertThat(mapper.findOwn(id, someone())).isNull();
  }

  @Test
  void theMessagesOfAnApplicationAreTheRecipientsOwnNewestFirstUpToTheLimit() {
    String carol = someone();
    String application = UUID.randomUUID().toString();
    long older = deliver(carol, application, "一");
    deliver(carol, "other", "另一件");
    long newer = deliver(carol, application, "二");
    deliver(someone(), application, "别人的");

    List<NotificationRow> messages = mapper.findForApplication(carol, application, 10);
    assertThat(messages).extracting(NotificationRow::id).containsExactly(newer, older);
    assertThat(mapper.findForApplication(carol, application, 1))
        .extracting(NotificationRow::id)
        .containsExactly(newer);
  }
}
