package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.yingzai.catalog.FieldType;
import org.yingzai.catalog.FormField;
import org.yingzai.shared.ProblemException;

/**
 * An application form checked against its item's form ({@link FormField#STANDARD} unless the item
 * has its own): only the item's fields, each of its type and at most its length, with at most
 * {@value #MAX_FIELDS} keys and {@value #MAX_BYTES} bytes of JSON.
 */
final class ApplicationForms {

  /** The most keys a form may have; no item's form comes near it. */
  static final int MAX_FIELDS = 100;

  /** The most bytes of a form's JSON. */
  static final int MAX_BYTES = 64 * 1024;

  /** A mobile number, or a landline with its area code. */
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

  /** A plain decimal: no exponent, no grouping. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

  /** How much of an unknown key an answer repeats. */
  private static final int SHOWN_KEY_LENGTH = 40;

  private ApplicationForms() {}

  /** One refusal of one field, with its message in the caller's language. */
  record FieldError(String field, String code, String message) {}

  /** Whether the form must have every required field now (it is saved) or not yet (created). */
  enum Completeness {
    REQUIRED_FIELDS,
    ANY
  }

  /**
   * The form as it is kept: text trimmed, numbers as numbers, blank fields left out.
   *
   * @throws ProblemException 400 {@code FORM_NOT_OBJECT}; 413 {@code FORM_TOO_LARGE} over {@value
   *     #MAX_FIELDS} keys or {@value #MAX_BYTES} bytes; 400 {@code FORM_INVALID} with every bad
   *     field in {@code errors}
   */
  static ObjectNode clean(
      JsonNode form, List<FormField> fields, Completeness completeness, MessageSource messages) {
    if (form == null || !form.isObject()) {
      throw ProblemException.badRequest("FORM_NOT_OBJECT");
    }
    // counted before any field is looked at, so that a flood of keys costs nothing more
    if (form.size() > MAX_FIELDS
        || form.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new ProblemException(
          HttpStatus.PAYLOAD_TOO_LARGE, "FORM_TOO_LARGE", MAX_BYTES / 1024, MAX_FIELDS);
    }
    Map<String, FormField> byName = new LinkedHashMap<>();
    fields.forEach(field -> byName.put(field.name(), field));
    ObjectNode cleaned = JsonNodeFactory.instance.objectNode();
    Map<String, FieldError> errors = new LinkedHashMap<>();
    List<FieldError> unknown = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries = form.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      FormField field = byName.get(entry.getKey());
      if (field == null) {
        String shown = shown(entry.getKey());
        unknown.add(new FieldError(shown, "UNKNOWN", message(messages, "UNKNOWN", shown)));
        continue;
      }
      FieldError error = clean(field, entry.getValue(), cleaned, messages);
      if (error != null) {
        errors.put(field.name(), error);
      }
    }
    List<FieldError> all = new ArrayList<>();
    for (FormField field : fields) {
      if (errors.containsKey(field.name())) {
        all.add(errors.get(field.name()));
      } else if (completeness == Completeness.REQUIRED_FIELDS
          && field.required()
          && !cleaned.has(field.name())) {
        all.add(error(messages, field, "REQUIRED"));
      }
    }
    all.addAll(unknown);
    if (!all.isEmpty()) {
      throw ProblemException.badRequest(
              "FORM_INVALID",
              String.join(
                  messages.getMessage(
                      "applications.sentence.separator", null, LocaleContextHolder.getLocale()),
                  all.stream().map(FieldError::message).toList()))
          .with("errors", List.copyOf(all));
    }
    return cleaned;
  }

  /** Puts the field's value into {@code cleaned} unless it is blank; answers what is wrong. */
  private static FieldError clean(
      FormField field, JsonNode value, ObjectNode cleaned, MessageSource messages) {
    if (value == null || value.isNull()) {
      return null;
    }
    boolean number = field.type() == FieldType.NUMBER && value.isNumber();
    if (!value.isTextual() && !number) {
      return error(messages, field, wrongKind(field.type()));
    }
    String text = number ? plain(value) : value.asText().strip();
    if (text == null) {
      return error(messages, field, "NOT_NUMBER");
    }
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > field.maxLength()) {
      return error(messages, field, "TOO_LONG", field.maxLength());
    }
    String refusal =
        switch (field.type()) {
          case TEXT, LONG_TEXT -> null;
          case PHONE -> PHONE.matcher(text).matches() ? null : "PHONE";
          case NUMBER -> NUMBER.matcher(text).matches() ? null : "NOT_NUMBER";
          case DATE -> isDate(text) ? null : "NOT_DATE";
          case CHOICE -> field.options().contains(text) ? null : "NOT_CHOICE";
        };
    if (refusal != null) {
      return error(messages, field, refusal);
    }
    if (field.type() == FieldType.NUMBER) {
      cleaned.put(field.name(), new BigDecimal(text));
    } else {
      cleaned.put(field.name(), text);
    }
    return null;
  }

  private static String wrongKind(FieldType type) {
    return switch (type) {
      case NUMBER -> "NOT_NUMBER";
      case DATE -> "NOT_DATE";
      case CHOICE -> "NOT_CHOICE";
      default -> "NOT_TEXT";
    };
  }

  /** A JSON number written out without exponent; {@code null} when it is not finite. */
  private static String plain(JsonNode number) {
    if (number.isFloatingPointNumber() && !Double.isFinite(number.doubleValue())) {
      return null;
    }
    return number.decimalValue().toPlainString();
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String shown(String key) {
    return key.length() <= SHOWN_KEY_LENGTH ? key : key.substring(0, SHOWN_KEY_LENGTH) + "…";
  }

  /** What the applicant reads as the field's name: the item's label or the standard one. */
  static String label(MessageSource messages, FormField field) {
    return field.label() != null
        ? field.label()
        : messages.getMessage(
            "app.form.field." + field.name(), null, field.name(), LocaleContextHolder.getLocale());
  }

  private static FieldError error(
      MessageSource messages, FormField field, String code, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = label(messages, field);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new FieldError(field.name(), code, message(messages, code, all));
  }

  private static String message(MessageSource messages, String code, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage("app.form.error." + code, arguments, code, locale);
  }

  /**
   * The fields of the form as the page sends them, with the item's other fields as they were: the
   * page has an input for each of them, so a field missing from a post is one it did not send.
   */
  static ObjectNode fromPage(Map<String, String> sent, JsonNode current, List<FormField> fields) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    for (FormField field : fields) {
      String name = field.name();
      if (sent.containsKey(name)) {
        merged.put(name, sent.get(name));
      } else if (current != null && current.hasNonNull(name)) {
        merged.set(name, current.get(name));
      }
    }
    return merged;
  }
}
