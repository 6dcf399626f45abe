package org.yingzai.supervision;

import java.time.Instant;

/**
 * A supervisor urged (督办) an application's department, published inside the transaction that
 * recorded the urge.
 */
public record ApplicationUrged(
    long urgeId,
    String applicationId,
    String applicationNumber,
    String itemName,
    String departmentCode,
    String urgedBy,
    Instant urgedAt,
    String reason) {}
