package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.EngineTime;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** Applications accepted before the legal deadline was kept get it filled in. */
@IntegrationTest
class ClockCopiesTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClockCopies copies;
  @Autowired ApplicationMapper mapper;

  @AfterEach
  void resetClock() {
    EngineTime.reset();
  }

  @Test
  void theBackfillCopiesTheLegalDeadlineOfOpenApplicationsThatLackIt() {
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    Journeys journeys = new Journeys(http);
    String id = journeys.submitted("enterprise", "GX-PLAN-001");
    journeys.complete("clerk", id, "ACCEPT", null);
    // as an application accepted before this version left it
    jdbc.update("UPDATE application SET legal_deadline = NULL WHERE id = ?", id);
    assertThat(mapper.findWithoutLegalDeadline("", 100_000)).contains(id);
    assertThat(journeys.listed("supervisor", id).orElseThrow().has("legalDeadline")).isFalse();

    assertThat(copies.backfill()).isGreaterThanOrEqualTo(1);

    assertThat(journeys.listed("supervisor", id).orElseThrow().path("legalDeadline").asText())
        .isEqualTo("2026-03-30T23:59:59+08:00");
    assertThat(mapper.findWithoutLegalDeadline("", 100_000)).doesNotContain(id);
  }
}
