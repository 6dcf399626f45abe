package org.yingzai.bundles;

/** Where a bundle application stands: prepared, being handled, or every item decided. */
public enum BundleStatus {
  DRAFT,
  IN_PROGRESS,
  FINISHED
}
