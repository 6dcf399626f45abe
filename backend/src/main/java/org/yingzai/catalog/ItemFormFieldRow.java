package org.yingzai.catalog;

import java.util.Arrays;
import java.util.List;

/** A row of {@code item_form_field}: a field of an item's own form, its options joined by '|'. */
record ItemFormFieldRow(
    String itemCode,
    String name,
    FieldType type,
    boolean required,
    Integer maxLength,
    String label,
    String options) {

  FormField toField() {
    List<String> choices =
        options == null
            ? List.of()
            : Arrays.stream(options.split("\\|"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
    return new FormField(
        name,
        type,
        required,
        maxLength == null ? type.defaultMaxLength() : maxLength,
        label,
        choices);
  }
}
