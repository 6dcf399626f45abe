package org.yingzai.supervision;

import java.time.OffsetDateTime;

/** One row of the overdue or at-risk list. */
record WatchedApplication(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    String departmentName,
    String status,
    OffsetDateTime acceptedAt,
    OffsetDateTime deadline,
    String warningLevel,
    boolean clockPaused) {}
