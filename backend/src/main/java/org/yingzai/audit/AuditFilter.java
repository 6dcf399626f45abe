package org.yingzai.audit;

import java.time.Instant;

/**
 * Which records a supervisor reads: of an application, of an actor, of an object ({@code type} and
 * {@code id}), in a period ({@code from} inclusive, {@code to} exclusive); null is any.
 */
record AuditFilter(
    String applicationId,
    String actor,
    String objectType,
    String objectId,
    Instant from,
    Instant to) {}
