package org.yingzai.bundles;

import java.time.Instant;

/** Every item of a bundle application was decided (or ended otherwise). */
public record BundleFinished(
    String bundleApplicationId,
    String bundleCode,
    BundleOutcome outcome,
    long enterpriseId,
    Instant at) {}
