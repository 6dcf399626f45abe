package org.yingzai.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list: {@code page} counts from 0, {@code size} is at most {@link #MAX_SIZE}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

  public static final int MAX_SIZE = 100;

  /**
   * The page read first, the total counted only when the page cannot tell it: a page that is not
   * full and not empty (or the first page) ends the list, so its total is its offset plus its rows.
   */
  public static <T> PageResponse<T> read(List<T> content, PageRequest page, LongSupplier count) {
    boolean endsTheList =
        content.size() < page.size() && (!content.isEmpty() || page.offset() == 0);
    long shown = page.offset() + content.size();
    // the list may change between the page and its count: a page with rows says the list reaches
    // at least past them
    long total =
        endsTheList
            ? shown
            : content.isEmpty() ? count.getAsLong() : Math.max(count.getAsLong(), shown);
    return new PageResponse<>(content, page.page(), page.size(), total);
  }

  public <R> PageResponse<R> map(Function<T, R> mapper) {
    return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements);
  }
}
