package org.yingzai.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.WithHall;

/** The ledger's writes against the real MariaDB, with the engine clock moved through days. */
@WithHall
class ClockLedgerTest {

  Hall hall;
  @Autowired ClockLedger ledger;
  @Autowired JdbcTemplate jdbc;

  private String applicationId;

  private static void today(int month, int day) {
    EngineTime.at(LocalDateTime.of(2026, month, day, 10, 0));
  }

  @BeforeEach
  void anAcceptedApplication() {
    applicationId = UUID.randomUUID().toString();
    jdbc.update(
        """
        INSERT INTO application (id, item_code, department_code, handling_type, enterprise_id,
          applicant_username, status, form_json, created_at)
        VALUES (?, ?, ?, 'COMMITTED', ?, ?, 'UNDER_REVIEW', '{}', UTC_TIMESTAMP())""",
        applicationId,
        hall.committedItem(),
        hall.department(),
        hall.applicant().id(),
        hall.enterprise());
  }

  @Test
  void ledgerRecordsEverySegmentWithWhoWhenBasisAndReason() {
    today(3, 2);
    ClockState started =
        ledger.start(applicationId, 8, 20, LimitUnit.WORKING_DAYS, 10, "§32", "clerk");
    // March 2 (Mon): 8 working days later is March 12
    assertThat(started.deadline()).hasToString("2026-03-12T23:59:59+08:00");

    today(3, 4);
    ClockState paused =
        ledger.pause(applicationId, PauseReason.EXPERT_REVIEW, "§45", "专家评审", "reviewer");
    assertThat(paused.paused()).isTrue();
    assertThatThrownBy(
            () -> ledger.pause(applicationId, PauseReason.HEARING, "§45", "听证", "reviewer"))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("CLOCK_ALREADY_PAUSED");

    today(3, 9);
    ClockState resumed = ledger.resume(applicationId, "专家评审结束", "reviewer");
    // March 4, 5, 6 were paused: three working days later
    assertThat(resumed.deadline().toLocalDate()).hasToString("2026-03-17");
    assertThat(resumed.paused()).isFalse();

    ClockState extended = ledger.extend(applicationId, 4, "§42", "情况复杂", "approver");
    assertThat(extended.deadline().toLocalDate()).hasToString("2026-03-23");
    assertThatThrownBy(() -> ledger.extend(applicationId, 7, "§42", "再延", "approver"))
        .isInstanceOf(ProblemException.class)
        .extracting("code")
        .isEqualTo("EXTENSION_EXCEEDS_MAXIMUM");

    today(3, 10);
    ledger.finish(applicationId, "approver");
    assertThat(
            jdbc.queryForList(
                "SELECT CONCAT(kind, ':', COALESCE(reason, '-'), ':', started_by, ':',"
                    + " COALESCE(ended_by, '-'), ':', legal_basis) FROM clock_segment"
                    + " WHERE application_id = ? ORDER BY id",
                String.class,
                applicationId))
        .containsExactly(
            "RUNNING:-:clerk:reviewer:§32",
            "PAUSED:EXPERT_REVIEW:reviewer:reviewer:§45",
            "RUNNING:-:reviewer:approver:专家评审结束",
            "EXTENDED:-:approver:approver:§42");
    assertThat(
            jdbc.queryForObject(
                "SELECT finished_on FROM application_clock WHERE application_id = ?",
                String.class,
                applicationId))
        .isEqualTo("2026-03-10");
    ClockState finished = ledger.state(applicationId).orElseThrow();
    assertThat(finished.finished()).isTrue();
    assertThat(finished.warningLevel()).isEqualTo(WarningLevel.GREEN);
    // March 3 … 10 less the three paused days
    assertThat(finished.workingDaysUsed()).isEqualTo(3);
    assertThatThrownBy(() -> ledger.resume(applicationId, "x", "clerk"))
        .extracting("code")
        .isEqualTo("CLOCK_FINISHED");
  }

  @Test
  void anApplicationNotYetAcceptedHasNoClock() {
    assertThat(ledger.state(applicationId)).isEmpty();
    assertThatThrownBy(() -> ledger.extend(applicationId, 1, "§42", "r", "approver"))
        .extracting("code")
        .isEqualTo("CLOCK_NOT_STARTED");
  }
}
