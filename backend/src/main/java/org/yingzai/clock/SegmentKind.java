package org.yingzai.clock;

/** The kinds of clock ledger segments. */
public enum SegmentKind {
  RUNNING,
  PAUSED,
  EXTENDED
}
