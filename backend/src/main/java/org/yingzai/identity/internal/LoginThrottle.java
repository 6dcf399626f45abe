package org.yingzai.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address in windows of a minute: an address that has failed more than the
 * policy allows in the current window is refused until the window is over, whatever it sends.
 */
@Component
class LoginThrottle {

  static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_ADDRESSES = 100_000;

  private record Window(Instant start, int failures) {

    boolean covers(Instant now) {
      return !now.isBefore(start) && now.isBefore(start.plus(WINDOW));
    }
  }

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final int maxFailures;

  LoginThrottle(LoginPolicy policy) {
    this.maxFailures = policy.addressFailuresPerMinute();
  }

  void check(String address, Instant now) {
    if (address == null) {
      return;
    }
    Window window = windows.get(address);
    if (window != null && window.covers(now) && window.failures() >= maxFailures) {
      throw new LoginThrottledException(Duration.between(now, window.start().plus(WINDOW)));
    }
  }

  void recordFailure(String address, Instant now) {
    if (address == null) {
      return;
    }
    if (windows.size() >= MAX_ADDRESSES) {
      windows.values().removeIf(window -> !window.covers(now));
    }
    windows.compute(
        address,
        (key, window) ->
            window == null || !window.covers(now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
  }

  void clear() {
    windows.clear();
  }
}
