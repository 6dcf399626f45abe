package org.yingzai.shared;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A start of the service hall as a one-off command (verify the audit trail, copy the stored files):
 * it runs no engine jobs and no scheduled work of its own, so that it changes nothing beside the
 * running nodes, and its web server, which the pages' beans need, listens on a free loopback port.
 */
public final class CommandMode {

  private static final Map<String, Object> QUIET =
      Map.of(
          "server.port", "0",
          "server.address", "127.0.0.1",
          "camunda.bpm.job-execution.enabled", "false",
          "yingzai.audit.daily-anchor", "false",
          "yingzai.audit.archive.daily", "false",
          "yingzai.files.sweep.scheduled", "false",
          "yingzai.notifications.outbox.scheduled", "false",
          "yingzai.forecast.scheduled", "false");

  private CommandMode() {}

  /** Quiets the start when the command's property is set (and not {@code false}). */
  public static void applyIf(ConfigurableEnvironment environment, String property, String name) {
    String value = environment.getProperty(property);
    if (value == null || "false".equalsIgnoreCase(value)) {
      return;
    }
    environment.getPropertySources().addFirst(new MapPropertySource(name, QUIET));
  }
}
