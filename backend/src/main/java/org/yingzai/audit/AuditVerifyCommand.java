package org.yingzai.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --yingzai.audit.verify}: verifies the chain in the configured database and exits, 0 when
 * it is intact, 1 naming the first broken record (see {@link AuditVerifyMode}).
 */
@Component
@ConditionalOnProperty(AuditVerifyMode.PROPERTY)
class AuditVerifyCommand implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

  private final AuditVerification verification;
  private final ConfigurableApplicationContext context;

  AuditVerifyCommand(AuditVerification verification, ConfigurableApplicationContext context) {
    this.verification = verification;
    this.context = context;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    Verification result = verification.verify();
    int code;
    if (result.valid()) {
      log.info(
          "Audit trail intact: {} records ({} of them in archive files)",
          result.records(),
          result.archived());
      code = 0;
    } else {
      log.error(
          "Audit trail BROKEN at record {} ({} records)", result.firstBroken(), result.records());
      code = 1;
    }
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
