package org.yingzai.handling;

import java.time.Instant;
import org.yingzai.catalog.LimitUnit;
import org.yingzai.clock.WarningLevel;

/**
 * A step's own clock as it stands when its task appears: the step's limit counted from that day,
 * the end of its last day, the level it starts with and the moments the level turns YELLOW and RED.
 */
record StepSchedule(
    int limit,
    LimitUnit unit,
    Instant dueAt,
    WarningLevel level,
    int daysLeft,
    Instant yellowAt,
    Instant redAt) {}
