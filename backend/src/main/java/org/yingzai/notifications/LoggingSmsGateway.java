package org.yingzai.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** For trying the service hall locally: text messages are written to the log, not sent. */
@Component
@Profile("local")
class LoggingSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public void send(String mobile, String text) {
    log.info("SMS to {}: {}", mask(mobile), text);
  }

  // the number stays out of the log but for its last four digits
  private static String mask(String mobile) {
    return mobile.length() <= 4
        ? "****"
        : "*".repeat(mobile.length() - 4) + mobile.substring(mobile.length() - 4);
  }
}
