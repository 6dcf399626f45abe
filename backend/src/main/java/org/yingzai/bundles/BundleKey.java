package org.yingzai.bundles;

/** A bundle application as the parallel approval process knows it: {@code bundle:<id>}. */
final class BundleKey {

  private static final String PREFIX = "bundle:";

  private BundleKey() {}

  static String of(String bundleApplicationId) {
    return PREFIX + bundleApplicationId;
  }

  static boolean owns(String groupKey) {
    return groupKey != null && groupKey.startsWith(PREFIX);
  }

  static String idOf(String groupKey) {
    if (!owns(groupKey)) {
      throw new IllegalArgumentException("Not a bundle's key: " + groupKey);
    }
    return groupKey.substring(PREFIX.length());
  }
}
