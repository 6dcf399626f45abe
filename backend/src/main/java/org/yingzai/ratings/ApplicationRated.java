package org.yingzai.ratings;

/** An enterprise rated its application, published inside the transaction that recorded it. */
public record ApplicationRated(
    long ratingId, String applicationId, int round, RatingLevel level, String departmentCode) {}
