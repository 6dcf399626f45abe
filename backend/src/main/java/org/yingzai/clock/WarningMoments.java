package org.yingzai.clock;

import java.time.Instant;

/**
 * When the warning level of a limit that does not move turns YELLOW and RED (DESIGN.md §5).
 *
 * @param yellowAt the start of the first day whose days left (that day and the deadline day
 *     included) are at most max(1, ⌈20% of the limit⌉); the start of the day the limit began on
 *     when that is so from the start
 * @param redAt one second after the deadline
 */
public record WarningMoments(Instant yellowAt, Instant redAt) {}
