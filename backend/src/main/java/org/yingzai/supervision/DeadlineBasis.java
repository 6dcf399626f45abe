package org.yingzai.supervision;

/** Which deadline an overdue application is past: the promised one or the legal one. */
enum DeadlineBasis {
  /** Past the deadline under the promised limit, which the clock runs on: warning level RED. */
  PROMISED,
  /** Past the deadline under the item's legal limit (with the same pauses and extensions). */
  LEGAL
}
