package org.yingzai.clock;

import java.time.OffsetDateTime;

/**
 * An application's warning level changed; published inside the transaction that recorded it, so
 * that listeners can keep what depends on the level in step.
 *
 * @param from the level before; {@code null} when the clock has just started
 */
public record WarningLevelChanged(
    String applicationId,
    WarningLevel from,
    WarningLevel to,
    OffsetDateTime deadline,
    int daysLeft,
    WarningCause cause) {}
