package org.yingzai.catalog;

/** The stage of an enterprise's life a service item belongs to. */
public enum Theme {
  START_UP,
  OPERATING_PERMITS,
  INVESTMENT_CONSTRUCTION,
  OPERATIONS,
  EXIT
}
