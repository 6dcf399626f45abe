package org.yingzai.clock;

/**
 * The warning level of one limit (an application's or one step's) at a moment.
 *
 * @param daysLeft days left, today and the deadline day included; negative once overdue
 */
public record LimitLevel(WarningLevel level, int daysLeft) {}
