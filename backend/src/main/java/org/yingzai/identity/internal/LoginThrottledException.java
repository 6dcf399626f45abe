package org.yingzai.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins from one client address; answered with 429. */
class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins from this address");
    this.retryAfter = retryAfter;
  }

  // whole seconds, at least one: a Retry-After of 0 would invite an immediate retry
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
