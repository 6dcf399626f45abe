package org.yingzai.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0, {@code size} is at most {@link #MAX_SIZE}. */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

  public static final int MAX_SIZE = 100;

  public <R> PageResponse<R> map(Function<T, R> mapper) {
    return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements);
  }
}
