package org.yingzai.ratings;

import java.time.OffsetDateTime;
import org.yingzai.clock.WarningLevel;

/**
 * A rectification as the department's clerks, supervisors and the applicant read it: the rating
 * that opened it, its two deadlines (counted from the rating day by today's calendar) with the
 * level of each, and the department's call-back and written handling once given.
 *
 * @param warningLevel the worse of the two levels
 * @param secondRating the applicant's rating after the answer, once given
 */
record RectificationResponse(
    long id,
    String applicationId,
    String applicationNumber,
    String itemCode,
    String itemName,
    String department,
    Rating rating,
    RectificationStatus status,
    OffsetDateTime openedAt,
    OffsetDateTime callbackDeadline,
    OffsetDateTime deadline,
    WarningLevel warningLevel,
    WarningLevel callbackLevel,
    WarningLevel rectifyLevel,
    OffsetDateTime calledBackAt,
    String calledBackBy,
    String callbackNote,
    OffsetDateTime answeredAt,
    String answeredBy,
    String handling,
    RatingLevel secondRating) {

  /** The rating that opened the rectification. */
  record Rating(long id, RatingLevel level, String comment, OffsetDateTime ratedAt) {}
}
