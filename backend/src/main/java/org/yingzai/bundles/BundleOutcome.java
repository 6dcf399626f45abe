package org.yingzai.bundles;

/** How a finished bundle ended: every item approved, or not. */
public enum BundleOutcome {
  APPROVED,
  NOT_APPROVED
}
