package org.yingzai.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.yingzai.shared.FailureWindows;

/**
 * Failed logins per client address in windows of a minute: an address that has failed more than the
 * policy allows in the current window is refused until the window is over, whatever it sends.
 */
@Component
class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_ADDRESSES = 100_000;

  private final FailureWindows windows;

  LoginThrottle(LoginPolicy policy) {
    this.windows = new FailureWindows(WINDOW, policy.addressFailuresPerMinute(), MAX_ADDRESSES);
  }

  void check(String address, Instant now) {
    if (address == null) {
      return;
    }
    windows
        .refusal(address, now)
        .ifPresent(
            wait -> {
              throw new LoginThrottledException(wait);
            });
  }

  void recordFailure(String address, Instant now) {
    if (address != null) {
      windows.recordFailure(address, now);
    }
  }

  void clear() {
    windows.clear();
  }
}
