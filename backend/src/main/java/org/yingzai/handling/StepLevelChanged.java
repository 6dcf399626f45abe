package org.yingzai.handling;

import java.time.OffsetDateTime;
import org.yingzai.applications.Step;
import org.yingzai.clock.WarningCause;
import org.yingzai.clock.WarningLevel;

/**
 * A step's warning level changed (or was set when its task appeared), in the transaction that
 * changed it: modules that keep a case of their own on a step, as a rectification does, follow it.
 *
 * @param level the level now
 * @param dueAt the end of the step's last day, as the level was counted against
 */
public record StepLevelChanged(
    String taskId,
    String applicationId,
    String taskKey,
    Step step,
    WarningLevel level,
    OffsetDateTime dueAt,
    WarningCause cause) {}
