package org.yingzai.audit;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Started to verify the audit trail, the service hall runs no engine jobs and anchors and archives
 * nothing: it only verifies and exits. Its web server, which the pages' beans need, listens on a
 * free loopback port for those seconds only.
 */
class AuditVerifyMode implements EnvironmentPostProcessor {

  static final String PROPERTY = "yingzai.audit.verify";

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
                "auditVerifyMode",
                Map.of(
                    "server.port",
                    "0",
                    "server.address",
                    "127.0.0.1",
                    "camunda.bpm.job-execution.enabled",
                    "false",
                    "yingzai.audit.daily-anchor",
                    "false",
                    "yingzai.audit.archive.daily",
                    "false")));
  }
}
