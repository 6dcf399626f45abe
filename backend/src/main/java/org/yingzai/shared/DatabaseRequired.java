package org.yingzai.shared;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * A start without {@code spring.datasource.url} fails at once, before anything else is made, and
 * says what to set. Only the local profile starts an embedded database (and only where its jar is
 * on the classpath, which the production jar is not); the service hall never runs on a quiet local
 * database. {@code yingzai.database.required=false} is for slices of the tests that have no data
 * source at all.
 */
class DatabaseRequired
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  static final String MESSAGE =
      "No database: spring.datasource.url is not set, and an embedded database is started only"
          + " with the local profile.";

  static final String ACTION =
      "Set SPRING_DATASOURCE_URL to the MySQL 8.4 database, with the JDBC options of"
          + " docs/operations.md:\n"
          + "  jdbc:mysql://HOST:3306/yingzai?sendFractionalSeconds=false&connectionTimeZone=UTC"
          + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
          + "&nullDatabaseMeansCurrent=true\n"
          + "and SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to its account. To try"
          + " the service hall on an embedded database with demo data instead, run"
          + " ./mvnw -pl backend -am spring-boot:run (the local profile).";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    Environment environment = event.getEnvironment();
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
        || !environment.getProperty("yingzai.database.required", Boolean.class, true)) {
      return;
    }
    throw new NoDatabaseException();
  }

  @Override
  public int getOrder() {
    // after the embedded database's post-processor has set the URL, and after logging is set up
    return LoggingApplicationListener.DEFAULT_ORDER + 1;
  }

  /** The service hall was started without a database. */
  static final class NoDatabaseException extends IllegalStateException {

    NoDatabaseException() {
      super(MESSAGE + " " + ACTION);
    }
  }
}
