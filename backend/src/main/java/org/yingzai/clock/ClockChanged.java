package org.yingzai.clock;

/**
 * An application's clock was started, paused, resumed, extended or stopped; published inside the
 * transaction that changed the ledger, so that listeners can re-derive what depends on it.
 */
public record ClockChanged(String applicationId, SegmentKind kind, boolean finished) {}
