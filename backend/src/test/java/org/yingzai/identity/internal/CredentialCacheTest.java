package org.yingzai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

  private final CredentialCache cache = new CredentialCache(policy(3));

  static LoginPolicy policy(int cacheSize) {
    return LoginPolicy.defaults(cacheSize);
  }

  @Test
  void remembersAVerifiedPasswordForItsHashForFiveMinutes() {
    cache.remember("clerk", "secret", "$2a$10$one", NOW);

    assertThat(cache.isVerified("clerk", "secret", "$2a$10$one", NOW)).isTrue();
    assertThat(cache.isVerified("clerk", "secret", "$2a$10$one", NOW.plusSeconds(299))).isTrue();
    assertThat(cache.isVerified("clerk", "secret", "$2a$10$one", NOW.plusSeconds(300))).isFalse();
    assertThat(cache.isVerified("clerk", "secret", "$2a$10$one", NOW.minusSeconds(1))).isFalse();
  }

  @Test
  void knowsNothingOfOtherPasswordsUsersOrHashes() {
    cache.remember("clerk", "secret", "$2a$10$one", NOW);

    assertThat(cache.isVerified("clerk", "Secret", "$2a$10$one", NOW)).isFalse();
    assertThat(cache.isVerified("reviewer", "secret", "$2a$10$one", NOW)).isFalse();
    assertThat(cache.isVerified("clerk", "secret", "$2a$10$two", NOW)).isFalse();
  }

  @Test
  void forgetsEverythingOfAUserOnEviction() {
    cache.remember("clerk", "secret", "$2a$10$one", NOW);
    cache.remember("clerk", "other", "$2a$10$one", NOW);
    cache.remember("reviewer", "secret", "$2a$10$two", NOW);

    cache.evict("clerk");

    assertThat(cache.isVerified("clerk", "secret", "$2a$10$one", NOW)).isFalse();
    assertThat(cache.isVerified("reviewer", "secret", "$2a$10$two", NOW)).isTrue();
  }

  @Test
  void staysWithinItsSize() {
    for (int i = 0; i < 10; i++) {
      cache.remember("user" + i, "secret", "$2a$10$one", NOW.plusSeconds(i));
      assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
    assertThat(cache.isVerified("user9", "secret", "$2a$10$one", NOW.plusSeconds(9))).isTrue();
  }
}
