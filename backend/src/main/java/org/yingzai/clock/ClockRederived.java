package org.yingzai.clock;

/**
 * A calendar change made an application's running clock derive its deadlines afresh; published
 * inside the transaction that re-armed it, so that copies of the deadlines can follow.
 */
public record ClockRederived(String applicationId) {}
