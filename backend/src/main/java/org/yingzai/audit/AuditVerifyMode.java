package org.yingzai.audit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.yingzai.shared.CommandMode;

/** Started to verify the audit trail, the service hall only verifies and exits. */
class AuditVerifyMode implements EnvironmentPostProcessor {

  static final String PROPERTY = "yingzai.audit.verify";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    CommandMode.applyIf(environment, PROPERTY, "auditVerifyMode");
  }
}
