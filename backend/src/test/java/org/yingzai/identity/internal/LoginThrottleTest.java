package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  private static final String OFFICE = "10.0.0.1";
  private static final String HOME = "10.0.0.2";

  private final LoginThrottle throttle = new LoginThrottle(LoginPolicy.defaults(10));

  @Test
  void fiveFailuresMakeOnlyThatUserFromThatAddressWaitAMinute() {
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.recordFailure("alice", OFFICE, NOW.plusSeconds(i))).isEmpty();
      assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(i))).isFalse();
    }

    assertThat(throttle.recordFailure("alice", OFFICE, NOW.plusSeconds(4)))
        .contains(NOW.plusSeconds(64));

    assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(63))).isTrue();
    assertThat(throttle.waiting("alice", HOME, NOW.plusSeconds(63)))
        .as("another address")
        .isFalse();
    assertThat(throttle.waiting("bob", OFFICE, NOW.plusSeconds(63))).as("another user").isFalse();
    assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(64))).isFalse();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutesAndTellsNothingNew() {
    Instant at = failFiveTimes("alice", OFFICE);
    at = at.plus(Duration.ofMinutes(1));
    for (int minutes : new int[] {2, 4, 8, 15, 15}) {
      assertThat(throttle.waiting("alice", OFFICE, at)).isFalse();
      assertThat(throttle.recordFailure("alice", OFFICE, at)).as("told once per series").isEmpty();
      assertThat(
              throttle.waiting("alice", OFFICE, at.plus(Duration.ofMinutes(minutes)).minusNanos(1)))
          .isTrue();
      at = at.plus(Duration.ofMinutes(minutes));
    }
    assertThat(throttle.waiting("alice", OFFICE, at)).isFalse();
  }

  @Test
  void failuresOfManyUsersFromOneOfficeAddressHoldUpNoneOfItsOtherUsers() {
    // the attack: one address behind a shared NAT fails for everybody it can name
    for (int user = 0; user < 50; user++) {
      for (int i = 0; i < 4; i++) {
        throttle.recordFailure("user" + user, OFFICE, NOW.plusSeconds(i));
      }
    }
    failFiveTimes("mallory", OFFICE);

    assertThat(throttle.waiting("carol", OFFICE, NOW.plusSeconds(10))).isFalse();
    assertThat(throttle.waiting("user7", OFFICE, NOW.plusSeconds(10))).isFalse();
  }

  @Test
  void aSuccessEndsTheSeriesOfItsAddressOnly() {
    failFiveTimes("alice", OFFICE);
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("alice", HOME, NOW);
    }

    throttle.recordSuccess("alice", OFFICE);

    assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(5))).isFalse();
    assertThat(throttle.recordFailure("alice", HOME, NOW.plusSeconds(5))).isPresent();
  }

  @Test
  void anUnlockForgetsTheUsersFailuresFromEveryAddress() {
    failFiveTimes("alice", OFFICE);
    failFiveTimes("alice", HOME);
    failFiveTimes("bob", OFFICE);

    throttle.forget("alice");

    assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(5))).isFalse();
    assertThat(throttle.waiting("alice", HOME, NOW.plusSeconds(5))).isFalse();
    assertThat(throttle.waiting("bob", OFFICE, NOW.plusSeconds(5))).isTrue();
  }

  @Test
  void usernamesAreComparedWithoutCaseAsTheDatabaseDoes() {
    for (String typed : new String[] {"alice", "Alice", "ALICE", "aLice", "alicE"}) {
      throttle.recordFailure(typed, OFFICE, NOW);
    }
    assertThat(throttle.waiting("alice", OFFICE, NOW)).isTrue();
  }

  @Test
  void aSeriesIsForgottenADayAfterItsLastFailure() {
    Instant last = failFiveTimes("alice", OFFICE);

    assertThat(throttle.recordFailure("alice", OFFICE, last.plus(LoginThrottle.MEMORY))).isEmpty();
    assertThat(throttle.waiting("alice", OFFICE, last.plus(LoginThrottle.MEMORY))).isFalse();
  }

  @Test
  void callsWithoutAnAddressAreThrottledPerUserAlike() {
    failFiveTimes("alice", null);
    assertThat(throttle.waiting("alice", null, NOW.plusSeconds(5))).isTrue();
  }

  @Test
  void aFloodOfMadeUpNamesDoesNotFreeAWaitingPair() {
    failFiveTimes("alice", OFFICE);
    for (int i = 0; i < LoginThrottle.MAX_PAIRS + 10; i++) {
      throttle.recordFailure("made-up-" + i, HOME, NOW.plusSeconds(5));
    }
    assertThat(throttle.waiting("alice", OFFICE, NOW.plusSeconds(6))).isTrue();
  }

  // five failures a second apart from NOW; returns the time of the fifth
  private Instant failFiveTimes(String username, String address) {
    Optional<Instant> waits = Optional.empty();
    for (int i = 0; i < 5; i++) {
      waits = throttle.recordFailure(username, address, NOW.plusSeconds(i));
    }
    assertThat(waits).contains(NOW.plusSeconds(4 + 60));
    return NOW.plusSeconds(4);
  }
}
