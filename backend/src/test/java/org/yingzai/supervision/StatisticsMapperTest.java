package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.clock.WarningLevel;
import org.yingzai.supervision.StatisticsMapper.DepartmentCount;
import org.yingzai.supervision.StatisticsMapper.DurationCount;
import org.yingzai.supervision.StatisticsMapper.Filter;
import org.yingzai.supervision.StatisticsMapper.OpenCount;
import org.yingzai.supervision.StatisticsMapper.WatchedRow;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

/**
 * The supervisor's counts and watch lists against the real MariaDB, on a department and item of
 * their own: which applications count as open, at a level or past the legal deadline.
 */
@MapperTest
class StatisticsMapperTest {

  @Autowired StatisticsMapper mapper;
  @Autowired JdbcTemplate jdbc;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private String department;
  private String item;
  private long enterprise;
  private Filter mine;

  @BeforeEach
  void ownCatalogue() {
    Fixtures fixtures = new Fixtures(jdbc);
    department = fixtures.department();
    item = fixtures.item(department);
    enterprise = fixtures.enterprise();
    mine = new Filter(department, null, null, null);
  }

  private String application(ApplicationStatus status, WarningLevel level, Instant deadline) {
    String id = UUID.randomUUID().toString();
    jdbc.update(
        "INSERT INTO application (id, number, item_code, department_code, handling_type,"
            + " enterprise_id, applicant_username, status, form_json, created_at, deadline,"
            + " warning_level) VALUES (?, ?, ?, ?, 'COMMITTED', ?, 'someone', ?, '{}', ?, ?, ?)",
        id,
        "T" + id.substring(0, 8),
        item,
        department,
        enterprise,
        status.name(),
        Timestamp.from(now),
        deadline == null ? null : Timestamp.from(deadline),
        level == null ? null : level.name());
    return id;
  }

  private void legalDeadline(String id, Instant legal, Instant pausedAt) {
    jdbc.update(
        "UPDATE application SET legal_deadline = ?, clock_paused_at = ?, clock_paused = ?"
            + " WHERE id = ?",
        Timestamp.from(legal),
        pausedAt == null ? null : Timestamp.from(pausedAt),
        pausedAt != null,
        id);
  }

  @Test
  void openApplicationsAreCountedByLevelWithTheNotYetAcceptedWithoutOne() {
    application(ApplicationStatus.UNDER_REVIEW, WarningLevel.RED, now);
    application(ApplicationStatus.PAUSED, WarningLevel.RED, now);
    application(ApplicationStatus.AWAITING_DECISION, WarningLevel.GREEN, now);
    application(ApplicationStatus.SUBMITTED, null, null);
    application(ApplicationStatus.APPROVED, WarningLevel.GREEN, now);
    application(ApplicationStatus.DRAFT, null, null);

    assertThat(mapper.countOpen(mine))
        .extracting(OpenCount::departmentCode, OpenCount::warningLevel, OpenCount::applications)
        .containsExactlyInAnyOrder(
            tuple(department, WarningLevel.RED, 2L),
            tuple(department, WarningLevel.GREEN, 1L),
            tuple(department, null, 1L));
  }

  @Test
  void aWatchListPageCarriesItsItemAndDepartmentNamesNearestDeadlineFirst() {
    String later =
        application(ApplicationStatus.UNDER_REVIEW, WarningLevel.YELLOW, now.plusSeconds(7200));
    String sooner =
        application(ApplicationStatus.ACCEPTED, WarningLevel.YELLOW, now.plusSeconds(3600));
    application(ApplicationStatus.UNDER_REVIEW, WarningLevel.RED, now);
    application(ApplicationStatus.DENIED, WarningLevel.YELLOW, now);

    assertThat(mapper.findWatched(WarningLevel.YELLOW, mine, 0, 10))
        .extracting(WatchedRow::id, WatchedRow::status, WatchedRow::warningLevel)
        .containsExactly(
            tuple(sooner, ApplicationStatus.ACCEPTED, WarningLevel.YELLOW),
            tuple(later, ApplicationStatus.UNDER_REVIEW, WarningLevel.YELLOW));
    WatchedRow row = mapper.findWatched(WarningLevel.YELLOW, mine, 0, 1).get(0);
    assertThat(row.itemCode()).isEqualTo(item);
    assertThat(row.itemName()).isEqualTo("测试事项" + item);
    assertThat(row.departmentName()).isEqualTo("测试部门" + department);
    assertThat(mapper.countWatched(WarningLevel.YELLOW, mine)).isEqualTo(2);
    assertThat(mapper.countWatched(WarningLevel.RED, mine)).isEqualTo(1);
    assertThat(
            mapper.countWatched(WarningLevel.YELLOW, new Filter(department, "other", null, null)))
        .isZero();
  }

  @Test
  void aPausedClockIsPastTheLegalDeadlineOnlyIfThatHadPassedWhenItPaused() {
    Instant hourAgo = now.minusSeconds(3600);
    String running = application(ApplicationStatus.UNDER_REVIEW, WarningLevel.RED, hourAgo);
    legalDeadline(running, hourAgo, null);
    String pausedAfter = application(ApplicationStatus.PAUSED, WarningLevel.RED, hourAgo);
    legalDeadline(pausedAfter, hourAgo.minusSeconds(60), hourAgo);
    String pausedBefore = application(ApplicationStatus.PAUSED, WarningLevel.YELLOW, hourAgo);
    legalDeadline(pausedBefore, hourAgo, hourAgo.minusSeconds(60));
    String notYet = application(ApplicationStatus.UNDER_REVIEW, WarningLevel.GREEN, now);
    legalDeadline(notYet, now.plusSeconds(3600), null);

    assertThat(mapper.findPastLegal(mine, now, 0, 10))
        .extracting(WatchedRow::id)
        .containsExactly(pausedAfter, running);
    assertThat(mapper.countPastLegal(mine, now)).isEqualTo(2);
    assertThat(mapper.countPastLegalByDepartment(mine, now))
        .containsExactly(new DepartmentCount(department, 2));
  }

  @Test
  void finishedDurationsAddUpPerItemDayAndPunctualityWithinThePeriod() {
    LocalDate march = LocalDate.of(2026, 3, 1);
    LocalDate april = LocalDate.of(2026, 4, 1);
    mapper.addFinished(item, department, march, 3, true);
    mapper.addFinished(item, department, march, 3, true);
    mapper.addFinished(item, department, april, 3, true);
    mapper.addFinished(item, department, march, 9, false);

    assertThat(mapper.durations(mine))
        .containsExactly(new DurationCount(item, 3, true, 3), new DurationCount(item, 9, false, 1));
    assertThat(mapper.durations(new Filter(department, null, april, april)))
        .containsExactly(new DurationCount(item, 3, true, 1));
    assertThat(mapper.durations(new Filter(department, null, null, march)))
        .containsExactly(new DurationCount(item, 3, true, 2), new DurationCount(item, 9, false, 1));
  }
}
