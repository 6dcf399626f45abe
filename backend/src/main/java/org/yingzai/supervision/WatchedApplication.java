package org.yingzai.supervision;

import java.time.OffsetDateTime;
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.clock.WarningLevel;

/**
 * One row of the overdue or at-risk list.
 *
 * @param deadline the deadline under the promised limit
 * @param legalDeadline the deadline under the legal limit; absent for an application accepted
 *     before it was kept and not filled in yet
 * @param pastLegal whether the legal deadline has passed (for a paused clock: when it paused)
 * @param deadlineProvisional whether {@code deadline} counts a day of a year without a published
 *     calendar, so that it may move once that year is published
 * @param legalDeadlineProvisional the same of {@code legalDeadline}
 */
record WatchedApplication(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    String departmentName,
    ApplicationStatus status,
    OffsetDateTime acceptedAt,
    OffsetDateTime deadline,
    WarningLevel warningLevel,
    boolean clockPaused,
    OffsetDateTime legalDeadline,
    boolean pastLegal,
    boolean deadlineProvisional,
    boolean legalDeadlineProvisional) {}
