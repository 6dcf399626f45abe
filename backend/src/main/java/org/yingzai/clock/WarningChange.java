package org.yingzai.clock;

import java.time.OffsetDateTime;

/**
 * One change of an application's warning level.
 *
 * @param levelFrom the level before; {@code null} for the level the clock started with
 * @param deadline the deadline at that moment
 * @param daysLeft working days left at that moment, today and the deadline day included
 */
public record WarningChange(
    WarningLevel levelFrom,
    WarningLevel levelTo,
    OffsetDateTime at,
    OffsetDateTime deadline,
    int daysLeft,
    WarningCause cause) {}
