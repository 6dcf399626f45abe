package org.yingzai.shared;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A walk over many rows by their keys, page after page, each page read after the last key of the
 * one before: no page holds a cursor or a lock while its keys are worked, and rows that stay are
 * neither skipped nor met twice however long the walk takes.
 */
public final class KeysetPages {

  private KeysetPages() {}

  /**
   * Hands every key that {@code page} answers to {@code each}, in order; {@code page} is given the
   * last key handed so far ({@code ""} at first) and the page size, and answers at most that many
   * keys after it, in key order. Answers how many keys were handed.
   */
  public static int forEach(
      int size, BiFunction<String, Integer, List<String>> page, Consumer<String> each) {
    int handed = 0;
    String after = "";
    List<String> keys;
    do {
      keys = page.apply(after, size);
      for (String key : keys) {
        each.accept(key);
        after = key;
        handed++;
      }
    } while (keys.size() == size);
    return handed;
  }
}
