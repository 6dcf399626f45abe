package org.yingzai.applications;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.shared.ProblemException;

/**
 * Wrong number and query code pairs per client address in windows of a minute: an address that has
 * sent {@link #MAX_FAILURES} wrong pairs in the current window is refused until the window is over,
 * so that query codes cannot be guessed.
 */
@Component
class ProgressThrottle {

  static final Duration WINDOW = Duration.ofMinutes(1);
  static final int MAX_FAILURES = 10;
  private static final int MAX_ADDRESSES = 100_000;

  private record Window(Instant start, int failures) {

    boolean covers(Instant now) {
      return !now.isBefore(start) && now.isBefore(start.plus(WINDOW));
    }
  }

  /** Too many wrong pairs from one address: {@code 429 PROGRESS_THROTTLED}. */
  static final class Throttled extends ProblemException {

    private final long retryAfterSeconds;

    Throttled(long retryAfterSeconds) {
      super(HttpStatus.TOO_MANY_REQUESTS, "PROGRESS_THROTTLED", retryAfterSeconds);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  void check(String address, Instant now) {
    Window window = windows.get(key(address));
    if (window != null && window.covers(now) && window.failures() >= MAX_FAILURES) {
      long millis = Duration.between(now, window.start().plus(WINDOW)).toMillis();
      // whole seconds, at least one: a Retry-After of 0 would invite an immediate retry
      throw new Throttled(Math.max(1, (millis + 999) / 1000));
    }
  }

  void recordFailure(String address, Instant now) {
    if (windows.size() >= MAX_ADDRESSES) {
      windows.values().removeIf(window -> !window.covers(now));
    }
    windows.compute(
        key(address),
        (key, window) ->
            window == null || !window.covers(now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
  }

  void clear() {
    windows.clear();
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }
}
