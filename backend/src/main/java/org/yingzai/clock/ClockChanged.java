package org.yingzai.clock;

/**
 * An application's clock was started, paused, resumed, extended or stopped; published inside the
 * transaction that changed the ledger, so that listeners can re-derive what depends on it. A clock
 * stopped because the applicant withdrew the application is {@code withdrawn}: it keeps the level
 * it had and is not counted among the decided applications' times.
 */
public record ClockChanged(
    String applicationId, SegmentKind kind, boolean finished, boolean withdrawn) {}
