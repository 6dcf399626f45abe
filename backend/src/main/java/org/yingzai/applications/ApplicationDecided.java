package org.yingzai.applications;

import java.time.Instant;

/**
 * An application was approved or denied, published inside the transaction that decided it.
 *
 * @param status {@code APPROVED} or {@code DENIED}
 * @param comment the deciding officer's written comment: a denial's reasons
 */
public record ApplicationDecided(
    String applicationId,
    ApplicationStatus status,
    long enterpriseId,
    String departmentCode,
    String itemCode,
    Instant decidedAt,
    String comment) {}
