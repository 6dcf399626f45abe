package org.yingzai.shared;

/** SQL {@code LIKE} patterns for searches typed by people, with {@code \} as the escape. */
public final class LikePatterns {

  private LikePatterns() {}

  /** Makes {@code %}, {@code _} and {@code \} in a search text match themselves. */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
