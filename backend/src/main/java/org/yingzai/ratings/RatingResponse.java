package org.yingzai.ratings;

import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.applications.Step;

/** A rating as the applicant, the department's clerks and supervisors read it. */
record RatingResponse(
    long id,
    String applicationId,
    int round,
    RatingLevel level,
    String comment,
    String ratedBy,
    OffsetDateTime ratedAt,
    List<StepRating> steps) {

  record StepRating(Step step, String officer, RatingLevel level) {}
}
