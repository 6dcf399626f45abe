package org.yingzai.clock;

/**
 * An application's clock was started, paused, resumed, extended or stopped; published inside the
 * transaction that changed the ledger, so that listeners can re-derive what depends on it. A clock
 * just {@code started} runs; a clock stopped because the applicant withdrew the application is
 * {@code withdrawn}: it keeps the level it had and is not counted among the decided applications'
 * times.
 */
public record ClockChanged(
    String applicationId, SegmentKind kind, boolean started, boolean finished, boolean withdrawn) {

  static ClockChanged started(String applicationId) {
    return new ClockChanged(applicationId, SegmentKind.RUNNING, true, false, false);
  }

  static ClockChanged changed(String applicationId, SegmentKind kind) {
    return new ClockChanged(applicationId, kind, false, false, false);
  }

  static ClockChanged stopped(String applicationId, boolean withdrawn) {
    return new ClockChanged(applicationId, null, false, true, withdrawn);
  }
}
