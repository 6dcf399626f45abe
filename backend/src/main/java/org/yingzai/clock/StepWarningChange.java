package org.yingzai.clock;

import java.time.OffsetDateTime;

/**
 * One change of a step's warning level: the step's own limit, counted from the day its task
 * appeared (DESIGN.md §5).
 *
 * @param taskKey the BPMN task, e.g. {@code review}
 * @param step the step (环节) of the task, e.g. {@code REVIEW}, by the name of the applications
 *     module's {@code Step}: that module depends on this one, not the other way
 * @param levelFrom the level before; {@code null} for the level the step started with
 * @param dueAt the end of the step's last day
 * @param daysLeft days left at that moment, today and the due day included
 * @param cause {@code STARTED}, {@code TIMER}, {@code CALENDAR_CHANGED} (a calendar year was
 *     published or withdrawn, which moved the due time) or {@code STOPPED} (the task was finished)
 */
public record StepWarningChange(
    String taskId,
    String taskKey,
    String step,
    WarningLevel levelFrom,
    WarningLevel levelTo,
    OffsetDateTime at,
    OffsetDateTime dueAt,
    int daysLeft,
    WarningCause cause) {}
