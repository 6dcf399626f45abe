package org.yingzai.handling;

import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.Step;

/** What completing a task did: the step's outcome and where the application now stands. */
record CompletionResponse(
    String taskId,
    Step step,
    Outcome outcome,
    String applicationId,
    String applicationNumber,
    ApplicationStatus applicationStatus) {}
