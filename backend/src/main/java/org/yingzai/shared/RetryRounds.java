package org.yingzai.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Work that failed for a passing reason (a dropped connection, a database restart) tried again in
 * rounds, a wait before each, so that a short outage loses nothing.
 */
public final class RetryRounds {

  private RetryRounds() {}

  /**
   * Tries each of {@code failed} again, up to {@code rounds} times, until {@code attempt} answers
   * true for it; answers those that still fail.
   */
  public static <T> List<T> retry(List<T> failed, int rounds, Duration wait, Predicate<T> attempt) {
    List<T> left = failed;
    for (int round = 1; round <= rounds && !left.isEmpty(); round++) {
      pause(wait);
      List<T> again = new ArrayList<>();
      for (T item : left) {
        if (!attempt.test(item)) {
          again.add(item);
        }
      }
      left = again;
    }
    return left;
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
