package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.MapperTest;

/**
 * The pool's own driver settings (application.yml) rewrite a batch of inserts into one multi-row
 * insert, whatever the datasource URL says: production runs the batches as the tests do.
 */
@MapperTest
class BatchedInsertsTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aBatchOfThreeInsertsReachesTheServerAsOneStatement() {
    // a temporary table of this connection, gone with it; creating one commits nothing
    jdbc.execute("CREATE TEMPORARY TABLE batch_probe (n INT NOT NULL)");
    long before = insertsOfThisSession();

    jdbc.batchUpdate(
        "INSERT INTO batch_probe (n) VALUES (?)",
        List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}));

    assertThat(insertsOfThisSession() - before).isEqualTo(1);
    assertThat(jdbc.queryForList("SELECT n FROM batch_probe ORDER BY n", Integer.class))
        .containsExactly(1, 2, 3);
  }

  private long insertsOfThisSession() {
    return jdbc.queryForObject(
        "SHOW SESSION STATUS LIKE 'Com_insert'", (row, i) -> row.getLong("Value"));
  }
}
