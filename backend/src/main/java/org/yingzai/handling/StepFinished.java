package org.yingzai.handling;

import java.time.Instant;

/**
 * Someone finished the task of a step (a clerk with an outcome, the applicant by answering a
 * supplement request), in the transaction that finished it. A task cancelled by a withdrawal or the
 * §32 timer was finished by no one and publishes nothing.
 *
 * @param outcome the outcome the task was finished with; the applicant's supplement task names the
 *     outcome that opened it, {@code REQUEST_SUPPLEMENT}
 * @param itemCode the application's item, as the queue keeps it
 */
public record StepFinished(
    String taskId,
    String applicationId,
    String taskKey,
    String departmentCode,
    String itemCode,
    String outcome,
    Instant createdAt,
    Instant finishedAt) {}
