package org.yingzai.clock;

/**
 * An administrator published, replaced or withdrew a calendar year. Published once the change is
 * committed and the working-day calendar reloaded, in the administrator's thread and outside any
 * transaction: whatever was counted on the calendar may now end on another day, and listeners that
 * follow it hand the work to the background.
 *
 * @param action {@code PUBLISHED}, {@code REPLACED} or {@code DELETED}, as in the calendar's audit
 *     trail
 */
public record CalendarChanged(int year, String action) {}
