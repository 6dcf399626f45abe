package org.yingzai.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.EngineTime;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** Applications accepted before the legal deadline was kept get it filled in. */
@WithHall
class ClockCopiesTest {

  Hall hall;
  Journeys journeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired ClockCopies copies;
  @Autowired ApplicationMapper mapper;

  @Test
  void theBackfillCopiesTheLegalDeadlineOfOpenApplicationsThatLackIt() {
    EngineTime.at(LocalDateTime.of(2026, 3, 2, 10, 0));
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    // as an application accepted before this version left it
    jdbc.update("UPDATE application SET legal_deadline = NULL WHERE id = ?", id);
    assertThat(mapper.findWithoutLegalDeadline("", 100_000)).contains(id);
    assertThat(journeys.listed(hall.supervisor(), id).orElseThrow().has("legalDeadline")).isFalse();

    assertThat(copies.backfill()).isGreaterThanOrEqualTo(1);

    assertThat(journeys.listed(hall.supervisor(), id).orElseThrow().path("legalDeadline").asText())
        .isEqualTo("2026-03-30T23:59:59+08:00");
    assertThat(mapper.findWithoutLegalDeadline("", 100_000)).doesNotContain(id);
  }
}
