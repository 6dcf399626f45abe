package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.ListRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationMapper.Scope;
import org.yingzai.applications.ApplicationMapper.SummaryRow;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.applications.ApplicationMapper.TimelineRow;
import org.yingzai.catalog.HandlingType;
import org.yingzai.clock.WarningLevel;
import org.yingzai.support.Fixtures;
import org.yingzai.support.MapperTest;

/** The applications mapper against the real MariaDB; writes are checked with plain SQL. */
@MapperTest
class ApplicationMapperTest {

  @Autowired ApplicationMapper mapper;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private String department;
  private String item;
  private long enterprise;
  private long otherEnterprise;

  @BeforeEach
  void fixtures() {
    Fixtures fixtures = new Fixtures(jdbc);
    department = fixtures.department();
    item = fixtures.item(department);
    enterprise = fixtures.enterprise();
    otherEnterprise = fixtures.enterprise();
  }

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private ApplicationRow draft(long enterpriseId) {
    ApplicationRow row =
        ApplicationRow.draft(
            UUID.randomUUID().toString(),
            item,
            department,
            HandlingType.COMMITTED,
            enterpriseId,
            "enterprise",
            Channel.ONLINE,
            null,
            "{\"项目\":\"研发楼\"}",
            now);
    mapper.insert(row);
    return row;
  }

  @Test
  void insertsAndReadsAnApplicationWithUtcTimes() {
    ApplicationRow row = draft(enterprise);
    assertThat(
            jdbc.queryForObject(
                "SELECT form_json FROM application WHERE id = ?", String.class, row.id()))
        .contains("研发楼");
    ApplicationRow read = mapper.findById(row.id());
    assertThat(read.createdAt()).isEqualTo(now);
    assertThat(read.enterpriseId()).isEqualTo(enterprise);
    assertThat(read.clockPaused()).isFalse();
  }

  @Test
  void theClocksCopyKeepsBothDeadlinesAndWhenThePauseBegan() {
    ApplicationRow row = draft(enterprise);
    Instant deadline = now.plus(8, ChronoUnit.DAYS);
    Instant legalDeadline = now.plus(20, ChronoUnit.DAYS);

    mapper.updateClock(row.id(), deadline, legalDeadline, true, now);
    ApplicationRow paused = mapper.findById(row.id());
    assertThat(paused.deadline()).isEqualTo(deadline);
    assertThat(paused.legalDeadline()).isEqualTo(legalDeadline);
    assertThat(paused.clockPaused()).isTrue();
    assertThat(paused.clockPausedAt()).isEqualTo(now);

    mapper.updateClock(row.id(), deadline, legalDeadline, false, null);
    ApplicationRow running = mapper.findById(row.id());
    assertThat(running.clockPaused()).isFalse();
    assertThat(running.clockPausedAt()).isNull();
  }

  @Test
  void openAcceptedApplicationsWithoutALegalDeadlineAreFoundForTheBackfill() {
    ApplicationRow accepted = draft(enterprise);
    ApplicationRow filledIn = draft(enterprise);
    ApplicationRow decided = draft(enterprise);
    for (ApplicationRow row : new ApplicationRow[] {accepted, filledIn, decided}) {
      jdbc.update(
          "UPDATE application SET status = 'UNDER_REVIEW', accepted_at = ? WHERE id = ?",
          Timestamp.from(now),
          row.id());
    }
    mapper.updateClock(filledIn.id(), now, now, false, null);
    jdbc.update("UPDATE application SET status = 'APPROVED' WHERE id = ?", decided.id());

    List<String> found = mapper.findWithoutLegalDeadline("", 100_000);
    assertThat(found).contains(accepted.id()).doesNotContain(filledIn.id(), decided.id());
    assertThat(mapper.findWithoutLegalDeadline(accepted.id(), 100_000))
        .doesNotContain(accepted.id());
  }

  @Test
  void theSummaryIsTheRowWithoutItsForm() {
    ApplicationRow row = draft(enterprise);
    mapper.markSubmitted(row.id(), "YZ20991231000003", "ABCD2347", now);
    mapper.setProcessInstance(row.id(), "pi-1");

    SummaryRow summary = mapper.findSummaryById(row.id());
    assertThat(summary)
        .isEqualTo(
            new SummaryRow(
                row.id(),
                "YZ20991231000003",
                item,
                department,
                enterprise,
                HandlingType.COMMITTED,
                ApplicationStatus.SUBMITTED,
                "pi-1"));
    assertThat(mapper.lockSummaryById(row.id())).isEqualTo(summary);
    assertThat(mapper.findSummaryById("no-such-application")).isNull();
  }

  @Test
  void submissionOnlyMovesADraft() {
    ApplicationRow row = draft(enterprise);
    assertThat(mapper.markSubmitted(row.id(), "YZ20991231000001", "ABCD2345", now)).isEqualTo(1);
    assertThat(mapper.markSubmitted(row.id(), "YZ20991231000002", "ABCD2346", now)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT number FROM application WHERE id = ?", String.class, row.id()))
        .isEqualTo("YZ20991231000001");
  }

  @Test
  void scopeFiltersByEnterpriseDepartmentAndHidesDrafts() {
    ApplicationRow mine = draft(otherEnterprise);
    Scope ownDrafts = Scope.ofEnterprise(otherEnterprise);
    Scope ofDepartment = Scope.ofDepartment(department);
    assertThat(mapper.findPage(ownDrafts, 0, 100)).extracting(ListRow::id).contains(mine.id());
    assertThat(mapper.findPage(ofDepartment, 0, 100))
        .extracting(ListRow::id)
        .doesNotContain(mine.id());
    assertThat(mapper.count(ownDrafts)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void statusWarningLevelAndHandlingTypeAreStoredByName() {
    ApplicationRow row = draft(otherEnterprise);
    mapper.updateStatus(row.id(), ApplicationStatus.UNDER_REVIEW);
    mapper.updateWarningLevel(row.id(), WarningLevel.YELLOW);

    assertThat(
            jdbc.queryForObject(
                "SELECT CONCAT(status, ':', warning_level, ':', handling_type) FROM application"
                    + " WHERE id = ?",
                String.class,
                row.id()))
        .isEqualTo("UNDER_REVIEW:YELLOW:COMMITTED");
    ApplicationRow read = mapper.findById(row.id());
    assertThat(read.warningLevel()).isEqualTo(WarningLevel.YELLOW);
    assertThat(read.handlingType()).isEqualTo(HandlingType.COMMITTED);
    Scope mine = Scope.ofEnterprise(otherEnterprise);
    assertThat(
            mapper.findPage(
                mine.filtered(ApplicationStatus.UNDER_REVIEW, WarningLevel.YELLOW, null), 0, 10))
        .extracting(ListRow::id, ListRow::warningLevel)
        .containsExactly(tuple(row.id(), WarningLevel.YELLOW));
    assertThat(mapper.count(mine.filtered(ApplicationStatus.DRAFT, null, null))).isZero();
    // an unknown level never reaches the query: the list refuses it (ApplicationControllerWebTest)
    assertThat(mapper.count(mine.filtered(null, WarningLevel.RED, null))).isZero();
  }

  @Test
  void materialsSupplementsAndTimelineAreKeptInOrder() {
    ApplicationRow row = draft(enterprise);
    mapper.insertMaterial(
        new MaterialRow(
            null,
            row.id(),
            "M01",
            "申请表.pdf",
            "application/pdf",
            10L,
            "a".repeat(64),
            "enterprise",
            now));
    long first = mapper.lastInsertId();
    assertThat(mapper.maxMaterialId(row.id())).isEqualTo(first);
    mapper.insertSupplement(
        SupplementRow.request(row.id(), Step.ACCEPT, "clerk", now, "缺图", first));
    long request = mapper.lastInsertId();
    mapper.insertSupplementMaterials(request, List.of("M03", "M01"));
    mapper.insertTimeline(
        new TimelineRow(
            null,
            row.id(),
            now,
            Step.ACCEPT,
            "SUPPLEMENT_REQUESTED",
            "clerk",
            "窗口",
            "缺图",
            null,
            null));
    mapper.insertTimeline(
        new TimelineRow(
            null,
            row.id(),
            now,
            Step.REVIEW,
            "SPECIAL_PROCEDURE_STARTED",
            "reviewer",
            "审查",
            "组织专家评审",
            "EXPERT_REVIEW",
            null));
    mapper.insertTimeline(
        new TimelineRow(
            null, row.id(), now, Step.DECIDE, "EXTENDED", "approver", "决定", "情况复杂", null, 5));

    List<SupplementRow> supplements = mapper.findSupplements(row.id());
    assertThat(supplements).hasSize(1);
    assertThat(supplements.get(0).materialCodes()).isEqualTo("M01,M03");
    assertThat(supplements.get(0).materialWatermark()).isEqualTo(first);
    assertThat(mapper.answerSupplement(request, "enterprise", now, "已补")).isEqualTo(1);
    assertThat(mapper.answerSupplement(request, "enterprise", now, "again")).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT answer_comment FROM supplement_request WHERE id = ?",
                String.class,
                request))
        .isEqualTo("已补");
    assertThat(mapper.findTimeline(row.id()))
        .extracting(t -> t.action() + ":" + t.specialProcedure() + ":" + t.days())
        .containsExactly(
            "SUPPLEMENT_REQUESTED:null:null",
            "SPECIAL_PROCEDURE_STARTED:EXPERT_REVIEW:null",
            "EXTENDED:null:5");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(action, ':', COALESCE(special_procedure, '-'), ':',"
                    + " COALESCE(days, '-')) FROM timeline_entry WHERE application_id = ?"
                    + " ORDER BY id",
                String.class,
                row.id()))
        .containsExactly(
            "SUPPLEMENT_REQUESTED:-:-",
            "SPECIAL_PROCEDURE_STARTED:EXPERT_REVIEW:-",
            "EXTENDED:-:5");
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED) // its threads commit on their own
  void dailySequenceIsUniqueUnderConcurrency() throws Exception {
    LocalDate day = LocalDate.of(2099, 1, (int) (System.nanoTime() % 28) + 1);
    jdbc.update("DELETE FROM application_number_sequence WHERE day = ?", day);
    Set<Long> numbers = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        futures.add(
            pool.submit(
                () ->
                    numbers.add(
                        transactions.execute(
                            status -> {
                              mapper.nextDailySequence(day);
                              return mapper.lastInsertId();
                            }))));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(numbers).hasSize(200);
    assertThat(numbers).allMatch(n -> n >= 1 && n <= 200);
  }

  @Test
  void aListPageCarriesTheNamesOfItsEnterpriseAndItem() {
    ApplicationRow mine = draft(otherEnterprise);

    ListRow listed =
        mapper.findPage(Scope.ofEnterprise(otherEnterprise), 0, 100).stream()
            .filter(row -> row.id().equals(mine.id()))
            .findFirst()
            .orElseThrow();

    assertThat(listed.itemName())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT name FROM service_item WHERE code = ?", String.class, mine.itemCode()));
    assertThat(listed.enterpriseName())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT name FROM enterprise WHERE id = ?", String.class, otherEnterprise));
    assertThat(listed.enterpriseCreditCode()).hasSize(18);
    assertThat(listed.status()).isEqualTo(ApplicationStatus.DRAFT);
  }
}
