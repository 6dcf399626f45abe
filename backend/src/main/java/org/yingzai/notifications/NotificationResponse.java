package org.yingzai.notifications;

import java.time.OffsetDateTime;

/** One message of the caller's inbox. */
record NotificationResponse(
    long id,
    String kind,
    String applicationId,
    String title,
    String body,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {}
