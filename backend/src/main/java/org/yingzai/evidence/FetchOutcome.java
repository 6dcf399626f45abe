package org.yingzai.evidence;

/** What one fetch of shared evidence came to. */
enum FetchOutcome {
  /** the provider delivered the evidence */
  FOUND,
  /** the provider delivered nothing; the fetch says why */
  FAILED
}
