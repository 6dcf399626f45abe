package org.yingzai.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key (a client address) in fixed windows: a key that has failed the most
 * allowed times in its current window is refused until the window is over. The map of keys is
 * bounded: past its size, windows that are over are dropped.
 */
public final class FailureWindows {

  private record Window(Instant start, int failures) {}

  private final Duration length;
  private final int maxFailures;
  private final int maxKeys;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public FailureWindows(Duration length, int maxFailures, int maxKeys) {
    this.length = length;
    this.maxFailures = maxFailures;
    this.maxKeys = maxKeys;
  }

  /** How long the key must wait before it may try again; empty while it may. */
  public Optional<Duration> refusal(String key, Instant now) {
    Window window = windows.get(key);
    if (window != null && covers(window, now) && window.failures() >= maxFailures) {
      return Optional.of(Duration.between(now, window.start().plus(length)));
    }
    return Optional.empty();
  }

  public void recordFailure(String key, Instant now) {
    if (windows.size() >= maxKeys) {
      windows.values().removeIf(window -> !covers(window, now));
    }
    windows.compute(
        key,
        (k, window) ->
            window == null || !covers(window, now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
  }

  public void clear() {
    windows.clear();
  }

  private boolean covers(Window window, Instant now) {
    return !now.isBefore(window.start()) && now.isBefore(window.start().plus(length));
  }
}
