package org.yingzai.handling;

import java.time.OffsetDateTime;
import org.yingzai.applications.Step;

/**
 * A clerk's step went past its own limit without being finished: its task is RED. Published inside
 * the transaction of the timer that recorded it; the department's clerks who hold the duty are to
 * be told.
 *
 * @param step the step (环节), e.g. {@code REVIEW}
 * @param duty the duty whose holders work the task, e.g. {@code review}
 */
public record StepTurnedRed(
    String taskId,
    String applicationId,
    Step step,
    String departmentCode,
    String duty,
    OffsetDateTime dueAt) {}
