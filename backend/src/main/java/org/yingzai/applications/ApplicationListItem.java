package org.yingzai.applications;

import java.time.OffsetDateTime;
import org.yingzai.clock.WarningLevel;

/** One row of an application list. */
public record ApplicationListItem(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    ApplicationResponse.EnterpriseRef enterprise,
    ApplicationStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime submittedAt,
    OffsetDateTime acceptedAt,
    OffsetDateTime deadline,
    OffsetDateTime legalDeadline,
    WarningLevel warningLevel,
    boolean clockPaused) {}
