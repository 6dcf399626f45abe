package org.yingzai.clock;

/** How close a clock is to its deadline (DESIGN.md §5). */
public enum WarningLevel {
  GREEN,
  YELLOW,
  RED
}
