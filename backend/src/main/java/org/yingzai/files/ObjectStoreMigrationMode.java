package org.yingzai.files;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.yingzai.shared.CommandMode;

/** Started to copy the stored files to an object store, the service hall only copies and exits. */
class ObjectStoreMigrationMode implements EnvironmentPostProcessor {

  static final String PROPERTY = "yingzai.files.migrate-to-object-store";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    CommandMode.applyIf(environment, PROPERTY, "objectStoreMigrationMode");
  }
}
