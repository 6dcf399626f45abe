package org.yingzai.shared;

/** A validated page request; bad values are refused rather than silently corrected. */
public record PageRequest(int page, int size) {

  public PageRequest {
    if (page < 0) {
      throw ProblemException.badRequest("PAGE_INVALID", page);
    }
    if (size < 1 || size > PageResponse.MAX_SIZE) {
      throw ProblemException.badRequest("PAGE_SIZE_INVALID", size, PageResponse.MAX_SIZE);
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
  }

  public long offset() {
    return (long) page * size;
  }
}
