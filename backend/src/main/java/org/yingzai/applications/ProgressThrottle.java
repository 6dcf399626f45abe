package org.yingzai.applications;

import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yingzai.shared.FailureWindows;
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

  /** Too many wrong pairs from one address: {@code 429 PROGRESS_THROTTLED}. */
  static final class Throttled extends ProblemException {

    private final long retryAfterSeconds;

    Throttled(long retryAfterSeconds) {
      super(HttpStatus.TOO_MANY_REQUESTS, "PROGRESS_THROTTLED", retryAfterSeconds);
      retryingAfter(retryAfterSeconds);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private final FailureWindows windows = new FailureWindows(WINDOW, MAX_FAILURES, MAX_ADDRESSES);

  void check(String address, Instant now) {
    windows
        .refusal(key(address), now)
        .ifPresent(
            wait -> {
              // whole seconds, at least one: a Retry-After of 0 would invite an immediate retry
              throw new Throttled(Math.max(1, (wait.toMillis() + 999) / 1000));
            });
  }

  void recordFailure(String address, Instant now) {
    windows.recordFailure(key(address), now);
  }

  void clear() {
    windows.clear();
  }

  private static String key(String address) {
    return address == null ? "" : address;
  }
}
