package org.yingzai.ratings;

import java.util.Map;

/**
 * The ratings of one department, item or officer.
 *
 * @param counts how many of each level, every level named
 * @param satisfactionRate the share of 非常满意, 满意 and 基本满意 among all, in percent with one decimal;
 *     {@code null} without ratings
 */
record RatingCounts(
    String key, String name, Map<RatingLevel, Long> counts, long total, Double satisfactionRate) {}
