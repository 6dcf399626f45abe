package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yingzai.shared.ProblemException;

/**
 * The standard application form that every item uses until items carry their own form schema: a
 * project name, a contact person and phone, and a note. Other keys are kept as they are.
 */
final class ApplicationForms {

  static final String PROJECT_NAME = "projectName";
  static final String CONTACT_NAME = "contactName";
  static final String CONTACT_PHONE = "contactPhone";
  static final String NOTE = "note";

  /** The maximum length of each standard field. */
  static final Map<String, Integer> MAX_LENGTHS =
      Map.of(PROJECT_NAME, 100, CONTACT_NAME, 50, CONTACT_PHONE, 20, NOTE, 1000);

  /** The standard fields in the order a page shows them. */
  static final List<String> FIELDS = List.of(PROJECT_NAME, CONTACT_NAME, CONTACT_PHONE, NOTE);

  /** A mobile number, or a landline with its area code. */
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

  private ApplicationForms() {}

  /** One refusal of one field, with its message in the caller's language. */
  record FieldError(String field, String code, String message) {}

  /**
   * The form as it is kept: text trimmed, blank fields left out.
   *
   * @throws ProblemException 400 {@code FORM_INVALID} with every bad field in {@code errors}
   */
  static ObjectNode clean(JsonNode form, MessageSource messages) {
    if (form == null || !form.isObject()) {
      throw ProblemException.badRequest("FORM_NOT_OBJECT");
    }
    ObjectNode cleaned = JsonNodeFactory.instance.objectNode();
    List<FieldError> errors = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = form.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (!FIELDS.contains(name)) {
        cleaned.set(name, value);
      } else if (value != null && !value.isNull()) {
        if (!value.isTextual()) {
          errors.add(error(messages, name, "NOT_TEXT"));
        } else if (!value.asText().isBlank()) {
          cleaned.put(name, value.asText().strip());
        }
      }
    }
    for (String name : FIELDS) {
      JsonNode value = cleaned.get(name);
      String text = value == null ? null : value.asText();
      if (errors.stream().anyMatch(e -> e.field().equals(name))) {
        continue;
      }
      if (text == null) {
        if (PROJECT_NAME.equals(name)) {
          errors.add(error(messages, name, "REQUIRED"));
        }
      } else if (text.length() > MAX_LENGTHS.get(name)) {
        errors.add(error(messages, name, "TOO_LONG", MAX_LENGTHS.get(name)));
      } else if (CONTACT_PHONE.equals(name) && !PHONE.matcher(text).matches()) {
        errors.add(error(messages, name, "PHONE"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
              "FORM_INVALID",
              String.join(
                  messages.getMessage(
                      "applications.list.separator", null, LocaleContextHolder.getLocale()),
                  errors.stream().map(FieldError::message).toList()))
          .with("errors", List.copyOf(errors));
    }
    return cleaned;
  }

  private static FieldError error(
      MessageSource messages, String field, String code, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    String label = messages.getMessage("app.form.field." + field, null, field, locale);
    Object[] all = new Object[arguments.length + 1];
    all[0] = label;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new FieldError(
        field, code, messages.getMessage("app.form.error." + code, all, code, locale));
  }

  /** The form with the standard fields as given, and every other field as it was. */
  static JsonNode mergedInto(JsonNode current, ObjectNode standard) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    if (current != null && current.isObject()) {
      current
          .fields()
          .forEachRemaining(
              f -> {
                if (!ApplicationForms.FIELDS.contains(f.getKey())) {
                  merged.set(f.getKey(), f.getValue());
                }
              });
    }
    merged.setAll(standard);
    return merged;
  }
}
