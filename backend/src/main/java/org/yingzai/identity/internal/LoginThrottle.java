package org.yingzai.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins per username and client address together: after the policy's number of failures in
 * a row the pair waits, longer with each further failure, while the same user from another address
 * and other users from the same address (an office behind one NAT) go on as before. The username is
 * taken as typed, whether it exists or not, so a wait tells nothing about it.
 */
@Component
class LoginThrottle {

  static final int MAX_PAIRS = 100_000;

  // longer than any wait, so that failing once per wait never starts a fresh series
  static final Duration MEMORY = Duration.ofDays(1);

  private record Pair(String username, String address) {}

  private record Failures(int count, Instant last, Instant waitUntil) {}

  private final Map<Pair, Failures> failures = new ConcurrentHashMap<>();
  private final LoginPolicy policy;

  LoginThrottle(LoginPolicy policy) {
    this.policy = policy;
  }

  /** Whether the pair must still wait: then its login is refused without looking further. */
  boolean waiting(String username, String address, Instant now) {
    Failures pair = failures.get(pair(username, address));
    return pair != null && pair.waitUntil() != null && now.isBefore(pair.waitUntil());
  }

  /**
   * Counts a failure of the pair; returns until when it now waits when this failure began a wait
   * (not when it only made a running series longer), so that the user is told once per series.
   */
  Optional<Instant> recordFailure(String username, String address, Instant now) {
    if (failures.size() >= MAX_PAIRS) {
      forgetIdle(now);
    }
    Failures counted =
        failures.compute(
            pair(username, address),
            (key, before) -> {
              int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
              return new Failures(count, now, waitUntil(count, now));
            });
    return counted.count() == policy.maxFailures()
        ? Optional.of(counted.waitUntil())
        : Optional.empty();
  }

  void recordSuccess(String username, String address) {
    failures.remove(pair(username, address));
  }

  /** Forgets the user's failures from every address, as an administrator's unlock does. */
  void forget(String username) {
    String key = normalized(username);
    failures.keySet().removeIf(pair -> pair.username().equals(key));
  }

  void clear() {
    failures.clear();
  }

  // the first wait at maxFailures, doubled with each further failure, never more than maxWait
  private Instant waitUntil(int count, Instant now) {
    if (count < policy.maxFailures()) {
      return null;
    }
    int doublings = Math.min(count - policy.maxFailures(), 20);
    Duration wait = policy.firstWait().multipliedBy(1L << doublings);
    return now.plus(wait.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : wait);
  }

  private static boolean forgotten(Failures pair, Instant now) {
    return !now.isBefore(pair.last().plus(MEMORY));
  }

  // past the bound: ended series first, then pairs not waiting (a flood of made-up names)
  private void forgetIdle(Instant now) {
    failures.values().removeIf(pair -> forgotten(pair, now));
    if (failures.size() >= MAX_PAIRS) {
      failures.values().removeIf(pair -> pair.waitUntil() == null);
    }
  }

  // usernames are compared without case by the database, so by the throttle too
  private static Pair pair(String username, String address) {
    return new Pair(normalized(username), address == null ? "" : address);
  }

  private static String normalized(String username) {
    return username == null ? "" : username.toLowerCase(Locale.ROOT);
  }
}
