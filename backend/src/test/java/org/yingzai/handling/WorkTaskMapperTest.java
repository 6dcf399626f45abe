package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.applications.Step;
import org.yingzai.catalog.HandlingType;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.WarningLevel;
import org.yingzai.handling.WorkTaskMapper.OpenedTask;
import org.yingzai.handling.WorkTaskMapper.QueueFilter;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.support.MapperTest;

/** The work queue table against the real MariaDB. */
@MapperTest
class WorkTaskMapperTest {

  @Autowired WorkTaskMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private static final QueueFilter NONE = QueueFilter.NONE;

  private static QueueFilter level(WarningLevel level) {
    return new QueueFilter(level, null, null, null);
  }

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private OpenedTask task(String group, String assignee) {
    return task(group, assignee, Step.ACCEPT, "YZ20991231000001", null);
  }

  private OpenedTask task(String group, String assignee, Step step, String number, Instant dueAt) {
    return task(group, assignee, step, number, dueAt, null);
  }

  private OpenedTask task(
      String group, String assignee, Step step, String number, Instant dueAt, WarningLevel level) {
    OpenedTask task =
        new OpenedTask(
            "t-" + UUID.randomUUID(),
            UUID.randomUUID().toString(),
            number,
            "测试事项",
            step.name().toLowerCase(java.util.Locale.ROOT),
            step,
            "testdept",
            group,
            assignee,
            now,
            dueAt,
            level,
            3,
            LimitUnit.WORKING_DAYS,
            HandlingType.COMMITTED,
            null);
    mapper.insert(task);
    return task;
  }

  /** The ids of a page of the user's queue, with {@code group} as their one group. */
  private List<String> queue(
      String user, String group, QueueFilter filter, long offset, int limit) {
    return mapper.findOpen(user, List.of(group), filter, offset, limit).stream()
        .map(WorkTaskRow::taskId)
        .toList();
  }

  /** The ids of the user's whole queue (up to 100), with {@code group} as their one group. */
  private List<String> queue(String user, String group, QueueFilter filter) {
    return queue(user, group, filter, 0, 100);
  }

  @Test
  void openWorkIsOwnClaimsPlusUnclaimedTasksOfOwnGroups() {
    String group = "testdept-" + UUID.randomUUID() + ":accept";
    OpenedTask offered = task(group, null);
    OpenedTask mine = task("elsewhere:review", "alice-" + group);
    OpenedTask colleagues = task(group, "bob");
    String alice = "alice-" + group;

    List<WorkTaskRow> open = mapper.findOpen(alice, List.of(group), NONE, 0, 100);
    assertThat(open)
        .extracting(WorkTaskRow::taskId)
        .containsExactlyInAnyOrder(offered.taskId(), mine.taskId())
        .doesNotContain(colleagues.taskId());
    assertThat(mapper.countOpen(alice, List.of(group), NONE)).isEqualTo(2);
    assertThat(mapper.findOpen(alice, List.of(), NONE, 0, 100))
        .extracting(WorkTaskRow::taskId)
        .containsExactly(mine.taskId());
  }

  @Test
  void theQueueNarrowedToALevelHoldsOnlyTheStepsAtThatLevel() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String erin = "erin-" + group;
    OpenedTask red = task(group, null);
    OpenedTask green = task(group, null);
    OpenedTask mineRed = task("elsewhere:review", erin);
    OpenedTask derivedOnRead = task(group, null);
    assertThat(mapper.updateWarningLevel(red.taskId(), WarningLevel.RED)).isEqualTo(1);
    mapper.updateWarningLevel(green.taskId(), WarningLevel.GREEN);
    mapper.updateWarningLevel(mineRed.taskId(), WarningLevel.RED);

    assertThat(queue(erin, group, level(WarningLevel.RED)))
        .containsExactlyInAnyOrder(red.taskId(), mineRed.taskId());
    assertThat(mapper.countOpen(erin, List.of(group), level(WarningLevel.RED))).isEqualTo(2);
    assertThat(queue(erin, group, level(WarningLevel.GREEN))).containsExactly(green.taskId());
    assertThat(queue(erin, group, NONE)).contains(derivedOnRead.taskId());
    assertThat(mapper.findById(red.taskId()).warningLevel()).isEqualTo(WarningLevel.RED);
  }

  @Test
  void aTaskInsertedWithItsLevelIsQueuedAsOneWhoseLevelChangedToIt() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String gus = "gus-" + group;
    OpenedTask redAtOnce =
        task(group, null, Step.REVIEW, "YZ20991231000005", null, WarningLevel.RED);
    OpenedTask turnedRed = task(group, null, Step.REVIEW, "YZ20991231000006", null);
    mapper.updateWarningLevel(turnedRed.taskId(), WarningLevel.RED);
    OpenedTask green = task(group, null, Step.REVIEW, "YZ20991231000007", null, WarningLevel.GREEN);

    assertThat(queue(gus, group, level(WarningLevel.RED)))
        .containsExactlyInAnyOrder(redAtOnce.taskId(), turnedRed.taskId());
    assertThat(queue(gus, group, NONE)).endsWith(green.taskId());
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT queue_rank FROM work_task WHERE task_id IN (?, ?)",
                Integer.class,
                redAtOnce.taskId(),
                turnedRed.taskId()))
        .hasSize(1);
  }

  @Test
  void completionIsRecordedOnceAndLeavesTheQueue() {
    String group = "testdept-" + UUID.randomUUID() + ":decide";
    OpenedTask row = task(group, null);
    assertThat(mapper.updateAssignee(row.taskId(), "carol")).isEqualTo(1);
    assertThat(mapper.markCompleted(row.taskId(), now, "carol", Outcome.APPROVE)).isEqualTo(1);
    assertThat(mapper.markCompleted(row.taskId(), now, "dave", Outcome.DENY)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT CONCAT(completed_by, ':', outcome) FROM work_task WHERE task_id = ?",
                String.class,
                row.taskId()))
        .isEqualTo("carol:APPROVE");
    assertThat(queue("carol", group, NONE)).isEmpty();
  }

  @Test
  void theQueueIsMostUrgentFirstWithStepsWithoutADueTimeLast() {
    String group = "testdept-" + UUID.randomUUID() + ":accept";
    String fay = "fay-" + group;
    OpenedTask later = task(group, null, Step.ACCEPT, "YZ20991231000002", now.plusSeconds(7200));
    OpenedTask none = task(group, null, Step.ACCEPT, "YZ20991231000003", null);
    OpenedTask sooner = task(group, fay, Step.ACCEPT, "YZ20991231000004", now.plusSeconds(3600));

    assertThat(queue(fay, group, NONE))
        .containsExactly(sooner.taskId(), later.taskId(), none.taskId());
    assertThat(queue(fay, group, NONE, 1, 1)).containsExactly(later.taskId());
  }

  @Test
  void withinALevelStepsWithoutADueTimeFollowThoseWithOneAndEveryPageKeepsThatOrder() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String ivy = "ivy-" + group;
    OpenedTask greenSoon =
        task(
            group, null, Step.REVIEW, "YZ20991231000011", now.plusSeconds(600), WarningLevel.GREEN);
    OpenedTask redNone = task(group, ivy, Step.REVIEW, "YZ20991231000012", null, WarningLevel.RED);
    OpenedTask redLate =
        task(
            group,
            null,
            Step.REVIEW,
            "YZ20991231000013",
            now.plusSeconds(90_000),
            WarningLevel.RED);
    OpenedTask redEarly =
        task(group, null, Step.REVIEW, "YZ20991231000014", now.minusSeconds(60), WarningLevel.RED);
    OpenedTask greenNone =
        task(group, null, Step.REVIEW, "YZ20991231000015", null, WarningLevel.GREEN);
    OpenedTask greenNoneOlder =
        task(group, null, Step.REVIEW, "YZ20991231000016", null, WarningLevel.GREEN);
    jdbc.update(
        "UPDATE work_task SET created_at = ? WHERE task_id = ?",
        Timestamp.from(now.minusSeconds(3600)),
        greenNoneOlder.taskId());

    List<String> order =
        List.of(
            redEarly.taskId(),
            redLate.taskId(),
            redNone.taskId(),
            greenSoon.taskId(),
            greenNoneOlder.taskId(),
            greenNone.taskId());
    assertThat(queue(ivy, group, NONE)).containsExactlyElementsOf(order);
    for (int page = 0; page < order.size(); page++) {
      assertThat(queue(ivy, group, NONE, page, 1))
          .as("page %d of one", page)
          .containsExactly(order.get(page));
    }
    assertThat(queue(ivy, group, NONE, 2, 2)).containsExactly(redNone.taskId(), greenSoon.taskId());

    // a step given a due time later takes its place among those with one
    assertThat(mapper.updateDueAt(greenNone.taskId(), now)).isEqualTo(1);
    assertThat(queue(ivy, group, level(WarningLevel.GREEN)))
        .containsExactly(greenNone.taskId(), greenSoon.taskId(), greenNoneOlder.taskId());
  }

  @Test
  void aLevelFilterHoldsTheGreenChannelsWorkOfThatLevelToo() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String joe = "joe-" + group;
    OpenedTask keyProject = task(group, null, Step.REVIEW, "YZ20991231000021", null);
    OpenedTask plain = task(group, null, Step.REVIEW, "YZ20991231000022", null);
    // set by hand as the insert sets it for a green-channel application's task (no application
    // row is made here)
    jdbc.update("UPDATE work_task SET green_channel = TRUE WHERE task_id = ?", keyProject.taskId());
    mapper.updateWarningLevel(keyProject.taskId(), WarningLevel.YELLOW);
    mapper.updateWarningLevel(plain.taskId(), WarningLevel.YELLOW);

    assertThat(queue(joe, group, level(WarningLevel.YELLOW)))
        .containsExactly(keyProject.taskId(), plain.taskId());
    assertThat(mapper.countOpen(joe, List.of(group), level(WarningLevel.YELLOW))).isEqualTo(2);
    assertThat(mapper.countOpen(joe, List.of(group), level(WarningLevel.RED))).isZero();
  }

  @Test
  void theQueueIsNarrowedByStepAndByTheStartOfTheApplicationNumber() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String gus = "gus-" + group;
    OpenedTask review = task(group, null, Step.REVIEW, "YZ20990101000111", null);
    OpenedTask decide = task(group, gus, Step.DECIDE, "YZ20990101000222", null);
    OpenedTask other = task(group, null, Step.REVIEW, "YZ20990202000111", null);

    assertThat(queue(gus, group, new QueueFilter(null, Step.REVIEW, null, null)))
        .containsExactlyInAnyOrder(review.taskId(), other.taskId());
    QueueFilter january = new QueueFilter(null, null, null, "YZ20990101%");
    assertThat(queue(gus, group, january))
        .containsExactlyInAnyOrder(review.taskId(), decide.taskId());
    assertThat(mapper.countOpen(gus, List.of(group), january)).isEqualTo(2);
    assertThat(queue(gus, group, new QueueFilter(null, Step.DECIDE, null, "YZ20990101%")))
        .containsExactly(decide.taskId());
  }

  @Test
  void theOpenTaskOfAnApplicationIsFoundOnlyForWhoMayWorkIt() {
    String group = "testdept-" + UUID.randomUUID() + ":accept";
    OpenedTask offered = task(group, null);

    assertThat(mapper.findOpenOfApplication(offered.applicationId(), "hal", List.of(group)))
        .isEqualTo(offered.taskId());
    assertThat(mapper.findOpenOfApplication(offered.applicationId(), "hal", List.of("x:accept")))
        .isNull();
    mapper.updateAssignee(offered.taskId(), "ida");
    assertThat(mapper.findOpenOfApplication(offered.applicationId(), "hal", List.of(group)))
        .isNull();
    assertThat(mapper.findOpenOfApplication(offered.applicationId(), "ida", List.of()))
        .isEqualTo(offered.taskId());
  }
}
