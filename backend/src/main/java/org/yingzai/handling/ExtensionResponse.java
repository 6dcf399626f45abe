package org.yingzai.handling;

import java.time.OffsetDateTime;
import org.yingzai.applications.Step;
import org.yingzai.clock.ClockState;

/** An extension granted: by whom, when, at which step, and the clock it leaves. */
record ExtensionResponse(
    String applicationId,
    String applicationNumber,
    Step step,
    int days,
    String reason,
    String extendedBy,
    OffsetDateTime extendedAt,
    OffsetDateTime deadline,
    ClockState clock) {}
