package org.yingzai.supervision;

/**
 * A period's applications as the scoreboard counts them: submitted (all, at a town station, and the
 * uploads their waived proofs spared) and finished (all, without any visit, the decisions by the
 * promised and the legal deadline, and the approvals of the registration item).
 */
record PeriodCounts(
    long taken,
    long atStations,
    long uploadsSaved,
    long finished,
    long withoutVisit,
    long decided,
    long byPromised,
    long byLegal,
    long registered) {

  static final PeriodCounts NONE = new PeriodCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  PeriodCounts plus(PeriodCounts other) {
    return new PeriodCounts(
        taken + other.taken,
        atStations + other.atStations,
        uploadsSaved + other.uploadsSaved,
        finished + other.finished,
        withoutVisit + other.withoutVisit,
        decided + other.decided,
        byPromised + other.byPromised,
        byLegal + other.byLegal,
        registered + other.registered);
  }
}
