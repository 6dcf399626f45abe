package org.yingzai.catalog;

/**
 * What a list of service items is narrowed to; {@code null} (or blank) parts do not narrow.
 *
 * @param q a part of the item's name or code
 */
public record ItemFilter(Theme theme, String departmentCode, HandlingType handlingType, String q) {

  public ItemFilter {
    departmentCode = blankToNull(departmentCode);
    q = blankToNull(q);
  }

  public static ItemFilter none() {
    return new ItemFilter(null, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
