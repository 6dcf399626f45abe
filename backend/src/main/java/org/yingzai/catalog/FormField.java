package org.yingzai.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of an item's application form.
 *
 * @param maxLength the longest value accepted, in characters
 * @param label what the applicant reads; {@code null} for a standard field, whose label is in the
 *     message bundles under {@code app.form.field.<name>}
 * @param options the values a {@code CHOICE} offers, in order; empty for every other type
 */
public record FormField(
    String name,
    FieldType type,
    boolean required,
    int maxLength,
    String label,
    List<String> options) {

  /** A name the JSON form and the page's inputs can both carry as they are. */
  public static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

  /**
   * The form every item uses until it has fields of its own: a project name, a contact person and
   * phone, and a note.
   */
  public static final List<FormField> STANDARD =
      List.of(
          standard("projectName", FieldType.TEXT, true, 100),
          standard("contactName", FieldType.TEXT, false, 50),
          standard("contactPhone", FieldType.PHONE, false, 20),
          standard("note", FieldType.LONG_TEXT, false, 1000));

  public FormField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(name).matches() || maxLength < 1) {
      throw new IllegalArgumentException("Form field " + name + ": bad name or maximum length");
    }
    options = options == null ? List.of() : List.copyOf(options);
    if ((type == FieldType.CHOICE) == options.isEmpty()) {
      throw new IllegalArgumentException(
          "Form field " + name + ": a choice has options, and only a choice");
    }
  }

  private static FormField standard(String name, FieldType type, boolean required, int max) {
    return new FormField(name, type, required, max, null, List.of());
  }
}
