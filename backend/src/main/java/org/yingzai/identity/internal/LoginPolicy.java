package org.yingzai.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard logging in is made for guessers. {@code maxFailures} wrong passwords in a row for one
 * username from one client address make that pair wait {@code firstWait}, doubled with every
 * further failure up to {@code maxWait}; other addresses are not held up. {@code
 * accountMaxFailures} wrong passwords in a row from anywhere lock the account for {@code
 * lockDuration}. A verified password is remembered for {@code credentialCacheTtl} so that repeated
 * calls skip the deliberately slow hash.
 */
@ConfigurationProperties("yingzai.login")
record LoginPolicy(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("1m") Duration firstWait,
    @DefaultValue("15m") Duration maxWait,
    @DefaultValue("50") int accountMaxFailures,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("5m") Duration credentialCacheTtl,
    @DefaultValue("10000") int credentialCacheSize) {

  /** The defaults, for tests that build the policy's users by hand. */
  static LoginPolicy defaults(int credentialCacheSize) {
    return new LoginPolicy(
        5,
        Duration.ofMinutes(1),
        Duration.ofMinutes(15),
        50,
        Duration.ofMinutes(15),
        Duration.ofMinutes(5),
        credentialCacheSize);
  }
}
