package org.yingzai.ratings;

/** The five levels of 好差评, best first. */
public enum RatingLevel {
  VERY_SATISFIED,
  SATISFIED,
  BASIC,
  DISSATISFIED,
  VERY_DISSATISFIED;

  /** 不满意 and 非常不满意: a bad rating, which opens a rectification. */
  public boolean isBad() {
    return this == DISSATISFIED || this == VERY_DISSATISFIED;
  }
}
