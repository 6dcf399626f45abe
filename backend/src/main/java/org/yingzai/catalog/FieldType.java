package org.yingzai.catalog;

/** What a form field holds, and the longest value it takes unless the item says otherwise. */
public enum FieldType {
  TEXT(200),
  LONG_TEXT(2000),
  PHONE(20),
  /** A decimal number, sent as a JSON number or as text. */
  NUMBER(20),
  /** A day as ISO {@code yyyy-MM-dd}. */
  DATE(10),
  /** One of the field's options. */
  CHOICE(100);

  private final int defaultMaxLength;

  FieldType(int defaultMaxLength) {
    this.defaultMaxLength = defaultMaxLength;
  }

  public int defaultMaxLength() {
    return defaultMaxLength;
  }
}
