package org.yingzai.supervision;

import java.time.OffsetDateTime;

/** An urge (督办) with the department's written feedback, once given. */
record UrgeResponse(
    long id,
    String applicationId,
    String applicationNumber,
    String itemName,
    String departmentCode,
    String urgedBy,
    OffsetDateTime urgedAt,
    String reason,
    String answeredBy,
    OffsetDateTime answeredAt,
    String feedback) {}
