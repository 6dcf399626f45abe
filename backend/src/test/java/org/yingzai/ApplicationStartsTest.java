package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
class ApplicationStartsTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void runsOnMariaDbWithReadCommittedIsolation() {
    assertThat(jdbc.queryForObject("SELECT VERSION()", String.class))
        .containsIgnoringCase("mariadb");
    assertThat(jdbc.queryForObject("SELECT @@transaction_isolation", String.class))
        .isEqualTo("READ-COMMITTED");
  }
}
