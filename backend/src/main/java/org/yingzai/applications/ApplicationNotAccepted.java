package org.yingzai.applications;

import java.time.Instant;

/**
 * An application was not accepted (不予受理), published inside the transaction that refused it.
 *
 * @param reason the clerk's written reason
 */
public record ApplicationNotAccepted(
    String applicationId,
    long enterpriseId,
    String departmentCode,
    String itemCode,
    Instant refusedAt,
    String reason) {}
