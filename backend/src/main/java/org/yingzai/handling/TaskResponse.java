package org.yingzai.handling;

import java.time.OffsetDateTime;
import org.yingzai.applications.Step;

/** One open task of a clerk's queue, as API.md lists it. */
record TaskResponse(
    String id,
    Step step,
    String applicationId,
    String applicationNumber,
    String itemName,
    OffsetDateTime createdAt,
    OffsetDateTime dueAt,
    String warningLevel,
    String assignee) {}
