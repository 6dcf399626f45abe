package org.yingzai.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.handling.WorkTaskMapper.WorkTaskRow;
import org.yingzai.support.IntegrationTest;

/** The work queue table against the real MariaDB. */
@IntegrationTest
class WorkTaskMapperTest {

  @Autowired WorkTaskMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private WorkTaskRow task(String group, String assignee) {
    WorkTaskRow row =
        new WorkTaskRow(
            "t-" + UUID.randomUUID(),
            UUID.randomUUID().toString(),
            "YZ20991231000001",
            "测试事项",
            "accept",
            "ACCEPT",
            "testdept",
            group,
            assignee,
            now,
            null,
            null,
            null,
            null,
            null,
            3,
            "WORKING_DAYS",
            "COMMITTED");
    mapper.insert(row);
    return row;
  }

  @Test
  void openWorkIsOwnClaimsPlusUnclaimedTasksOfOwnGroups() {
    String group = "testdept-" + UUID.randomUUID() + ":accept";
    WorkTaskRow offered = task(group, null);
    WorkTaskRow mine = task("elsewhere:review", "alice-" + group);
    WorkTaskRow colleagues = task(group, "bob");
    String alice = "alice-" + group;

    List<WorkTaskRow> open = mapper.findOpen(alice, List.of(group), null, 0, 100);
    assertThat(open)
        .extracting(WorkTaskRow::taskId)
        .containsExactlyInAnyOrder(offered.taskId(), mine.taskId())
        .doesNotContain(colleagues.taskId());
    assertThat(mapper.countOpen(alice, List.of(group), null)).isEqualTo(2);
    assertThat(mapper.findOpen(alice, List.of(), null, 0, 100))
        .extracting(WorkTaskRow::taskId)
        .containsExactly(mine.taskId());
  }

  @Test
  void theQueueNarrowedToALevelHoldsOnlyTheStepsAtThatLevel() {
    String group = "testdept-" + UUID.randomUUID() + ":review";
    String erin = "erin-" + group;
    WorkTaskRow red = task(group, null);
    WorkTaskRow green = task(group, null);
    WorkTaskRow mineRed = task("elsewhere:review", erin);
    WorkTaskRow derivedOnRead = task(group, null);
    assertThat(mapper.updateWarningLevel(red.taskId(), "RED")).isEqualTo(1);
    mapper.updateWarningLevel(green.taskId(), "GREEN");
    mapper.updateWarningLevel(mineRed.taskId(), "RED");

    assertThat(mapper.findOpen(erin, List.of(group), "RED", 0, 100))
        .extracting(WorkTaskRow::taskId)
        .containsExactlyInAnyOrder(red.taskId(), mineRed.taskId());
    assertThat(mapper.countOpen(erin, List.of(group), "RED")).isEqualTo(2);
    assertThat(mapper.findOpen(erin, List.of(group), "GREEN", 0, 100))
        .extracting(WorkTaskRow::taskId)
        .containsExactly(green.taskId());
    assertThat(mapper.findOpen(erin, List.of(group), null, 0, 100))
        .extracting(WorkTaskRow::taskId)
        .contains(derivedOnRead.taskId());
    assertThat(mapper.findById(red.taskId()).warningLevel()).isEqualTo("RED");
  }

  @Test
  void completionIsRecordedOnceAndLeavesTheQueue() {
    String group = "testdept-" + UUID.randomUUID() + ":decide";
    WorkTaskRow row = task(group, null);
    assertThat(mapper.updateAssignee(row.taskId(), "carol")).isEqualTo(1);
    assertThat(mapper.markCompleted(row.taskId(), now, "carol", "APPROVE")).isEqualTo(1);
    assertThat(mapper.markCompleted(row.taskId(), now, "dave", "DENY")).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT CONCAT(completed_by, ':', outcome) FROM work_task WHERE task_id = ?",
                String.class,
                row.taskId()))
        .isEqualTo("carol:APPROVE");
    assertThat(mapper.findOpen("carol", List.of(group), null, 0, 100)).isEmpty();
  }
}
