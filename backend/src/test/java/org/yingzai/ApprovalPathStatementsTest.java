package org.yingzai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.ApprovalDriver;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.ServerStatements;
import org.yingzai.support.WithHall;

/**
 * The approval path keeps to its budget of statements: what the database server runs to take one
 * application from submission to decision over HTTP, as the throughput benchmark drives it
 * (docs/benchmarks.md, "End-to-end throughput"). A change that adds statements to the path has to
 * raise the budget here, in the open.
 */
@WithHall
class ApprovalPathStatementsTest {

  // selects, inserts, updates and deletes for submit, then accept, review and decide, each after
  // the clerk's filtered queue lookup; the benchmark's 253 per application also counts the
  // transactions' SET autocommit and COMMIT and the job executor's polling
  private static final int BUDGET = 233;

  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  @Test
  void anApplicationFromSubmissionToDecisionKeepsToItsBudgetOfStatements() {
    ApprovalDriver driver = new ApprovalDriver(journeys, hall);
    List<String> drafts = driver.drafts(4, 1);
    // the first of its kind fills the caches (catalogue, credentials, counters of the day)
    driver.approve(drafts.get(0));

    int statements =
        new ServerStatements(jdbc)
            .fewest(
                drafts.subList(1, 4).stream()
                    .<Runnable>map(draft -> () -> driver.approve(draft))
                    .toList());

    System.out.println("statements per application on the approval path: " + statements);
    assertThat(statements).isLessThanOrEqualTo(BUDGET);
  }
}
