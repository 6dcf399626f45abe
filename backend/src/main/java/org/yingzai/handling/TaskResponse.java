package org.yingzai.handling;

import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.applications.Step;
import org.yingzai.clock.WarningLevel;

/**
 * One open task of a clerk's queue, as API.md lists it, with what completing it takes.
 *
 * @param taskKey the BPMN task, e.g. {@code review} or {@code specialProcedure}
 * @param outcomes the outcomes the caller may complete it with
 * @param commentRequired those of the outcomes that need a comment
 * @param applicationDeadline the application's deadline under the promised limit, once accepted
 * @param dueAtProvisional whether {@code dueAt} counts a day of a year without a published calendar
 * @param applicationDeadlineProvisional the same of {@code applicationDeadline}
 * @param greenChannel whether it is the work of a key project (绿色通道): first within its level
 */
record TaskResponse(
    String id,
    Step step,
    String applicationId,
    String applicationNumber,
    String itemName,
    OffsetDateTime createdAt,
    OffsetDateTime dueAt,
    WarningLevel warningLevel,
    String assignee,
    String taskKey,
    List<String> outcomes,
    List<String> commentRequired,
    String itemCode,
    OffsetDateTime applicationDeadline,
    boolean dueAtProvisional,
    boolean applicationDeadlineProvisional,
    boolean greenChannel) {}
