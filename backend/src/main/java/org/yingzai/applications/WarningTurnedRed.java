package org.yingzai.applications;

import java.time.OffsetDateTime;

/**
 * An application's warning level turned RED: its deadline has passed without a decision, or it was
 * decided late. Published inside the transaction that recorded it; the handling department and the
 * supervisors are to be told.
 */
public record WarningTurnedRed(
    String applicationId, String departmentCode, OffsetDateTime deadline) {}
