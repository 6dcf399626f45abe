package org.yingzai.files;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --yingzai.files.migrate-to-object-store}: copies the folder {@code yingzai.files.dir} into
 * the object store {@code yingzai.files.object-store.*}, verifies every file and exits, 0 when
 * every file is there and verified, 1 otherwise (see {@link ObjectStoreMigration}).
 */
@Component
@ConditionalOnProperty(ObjectStoreMigrationMode.PROPERTY)
class ObjectStoreMigrationCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ObjectStoreMigrationCommand.class);

  private final ContentFilesSettings settings;
  private final Instant since;
  private final Clock clock;
  private final ConfigurableApplicationContext context;

  ObjectStoreMigrationCommand(
      ContentFilesSettings settings,
      @Value("${yingzai.files.migrate-since:#{null}}") Instant since,
      Clock clock,
      ConfigurableApplicationContext context) {
    this.settings = settings;
    this.since = since;
    this.clock = clock;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    int code;
    try (ObjectStoreContentFiles target =
        new ObjectStoreContentFiles(settings.objectStore(), settings.dir())) {
      ObjectStoreMigration.Outcome outcome =
          new ObjectStoreMigration(new FolderContentFiles(settings.dir()), target, clock)
              .run(since);
      code = outcome.complete() ? 0 : 1;
    } catch (Exception e) {
      log.error("The stored files were not copied", e);
      code = 1;
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }
}
