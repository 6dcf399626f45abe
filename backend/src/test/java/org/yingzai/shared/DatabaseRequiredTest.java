package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.support.HallProcess;

/**
 * Outside the local profile a start without a database fails at once and says what to set, even
 * with the embedded server's jar on the classpath (as here).
 */
class DatabaseRequiredTest {

  @Test
  void aStartWithoutADatasourceUrlOutsideTheLocalProfileFailsAtOnceSayingWhatToSet()
      throws Exception {
    try (HallProcess hall =
        HallProcess.start(
            "no-database",
            List.of("--server.port=" + HallProcess.freePort(), "--server.address=127.0.0.1"))) {
      int exit = hall.awaitExit(Duration.ofSeconds(60));
      String log = hall.log();

      assertThat(exit).as(log).isEqualTo(1);
      assertThat(log)
          .contains("APPLICATION FAILED TO START")
          .contains("No database: spring.datasource.url is not set")
          .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME")
          .contains("SPRING_DATASOURCE_PASSWORD", "sendFractionalSeconds=false")
          .contains("docs/operations.md")
          .doesNotContain("MariaDB started")
          .doesNotContain("Tomcat started");
    }
  }
}
