package org.yingzai.files;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Started to copy the stored files to an object store, the service hall runs no engine jobs and no
 * scheduled work: it only copies and exits. Its web server, which the pages' beans need, listens on
 * a free loopback port meanwhile.
 */
class ObjectStoreMigrationMode implements EnvironmentPostProcessor {

  static final String PROPERTY = "yingzai.files.migrate-to-object-store";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String value = environment.getProperty(PROPERTY);
    if (value == null || "false".equalsIgnoreCase(value)) {
      return;
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "objectStoreMigrationMode",
                Map.of(
                    "server.port", "0",
                    "server.address", "127.0.0.1",
                    "camunda.bpm.job-execution.enabled", "false",
                    "yingzai.audit.daily-anchor", "false",
                    "yingzai.audit.archive.daily", "false",
                    "yingzai.files.sweep.scheduled", "false",
                    "yingzai.notifications.outbox.scheduled", "false",
                    "yingzai.forecast.scheduled", "false")));
  }
}
