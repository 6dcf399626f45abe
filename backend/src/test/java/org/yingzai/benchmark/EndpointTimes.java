package org.yingzai.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the list benchmarks share: timing calls of an endpoint, and a table of digits for SQL. */
final class EndpointTimes {

  private EndpointTimes() {}

  /** Calls the endpoint {@code warmUp} times, then measures {@code measured} calls; sorted, ms. */
  static double[] time(TestRestTemplate client, String path, int warmUp, int measured) {
    for (int i = 0; i < warmUp; i++) {
      call(client, path);
    }
    double[] times = new double[measured];
    for (int i = 0; i < measured; i++) {
      long started = System.nanoTime();
      call(client, path);
      times[i] = (System.nanoTime() - started) / 1_000_000.0;
    }
    Arrays.sort(times);
    return times;
  }

  static void call(TestRestTemplate client, String path) {
    ResponseEntity<String> response = client.exchange(path, HttpMethod.GET, null, String.class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
  }

  static double percentile(double[] sorted, double p) {
    return sorted[(int) Math.ceil(p * sorted.length) - 1];
  }

  /**
   * Makes {@code bench_digit} (0 to 9), whose cross joins number the generated rows; the caller
   * drops it when done.
   */
  static void digits(JdbcTemplate jdbc) {
    jdbc.execute("DROP TABLE IF EXISTS bench_digit");
    jdbc.execute("CREATE TABLE bench_digit (d INT PRIMARY KEY)");
    jdbc.execute("INSERT INTO bench_digit VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
  }
}
