package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  private final LoginThrottle throttle = new LoginThrottle(CredentialCacheTest.policy(10));

  @Test
  void refusesAnAddressAfterTwentyFailuresUntilTheMinuteIsOver() {
    for (int i = 0; i < 20; i++) {
      assertThatCode(() -> throttle.check("10.0.0.1", NOW)).doesNotThrowAnyException();
      throttle.recordFailure("10.0.0.1", NOW.plusSeconds(i));
    }

    assertThatThrownBy(() -> throttle.check("10.0.0.1", NOW.plusSeconds(50)))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(10));
    assertThatCode(() -> throttle.check("10.0.0.2", NOW.plusSeconds(50)))
        .doesNotThrowAnyException();
    assertThatCode(() -> throttle.check("10.0.0.1", NOW.plusSeconds(60)))
        .doesNotThrowAnyException();
  }

  @Test
  void aNewWindowStartsAfterAMinute() {
    for (int i = 0; i < 19; i++) {
      throttle.recordFailure("10.0.0.1", NOW);
    }
    throttle.recordFailure("10.0.0.1", NOW.plusSeconds(61));

    assertThatCode(() -> throttle.check("10.0.0.1", NOW.plusSeconds(61)))
        .doesNotThrowAnyException();
  }

  @Test
  void callsWithoutAnAddressAreNotThrottled() {
    for (int i = 0; i < 30; i++) {
      throttle.recordFailure(null, NOW);
    }
    assertThatCode(() -> throttle.check(null, NOW)).doesNotThrowAnyException();
  }
}
