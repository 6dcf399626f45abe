package org.yingzai.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard logging in is made for guessers: {@code maxFailures} wrong passwords in a row lock an
 * account for {@code lockDuration}; an address with more than {@code addressFailuresPerMinute}
 * failures in a minute is refused until the minute is over; a verified password is remembered for
 * {@code credentialCacheTtl} so that repeated calls skip the deliberately slow hash.
 */
@ConfigurationProperties("yingzai.login")
record LoginPolicy(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("20") int addressFailuresPerMinute,
    @DefaultValue("5m") Duration credentialCacheTtl,
    @DefaultValue("10000") int credentialCacheSize) {}
