package org.yingzai.clock;

/**
 * A clock's warning schedule derived with its row locked, and the warning timer the clock had then:
 * what {@link WarningTimers} moves the timer by, without reading the clock again.
 *
 * @param armedJobId the engine job armed to turn the clock's level next, null for none
 */
record LockedSchedule(String applicationId, String armedJobId, WarningSchedule schedule) {}
