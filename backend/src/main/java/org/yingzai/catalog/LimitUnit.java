package org.yingzai.catalog;

/** What the time limits of a service item count. */
public enum LimitUnit {
  WORKING_DAYS,
  NATURAL_DAYS
}
