package org.yingzai.applications;

import java.time.OffsetDateTime;
import org.yingzai.clock.WarningLevel;

/**
 * One row of an application list.
 *
 * @param deadlineProvisional whether {@code deadline} counts a day of a year without a published
 *     calendar
 * @param legalDeadlineProvisional the same of {@code legalDeadline}
 */
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
    boolean deadlineProvisional,
    boolean legalDeadlineProvisional,
    WarningLevel warningLevel,
    boolean clockPaused) {}
