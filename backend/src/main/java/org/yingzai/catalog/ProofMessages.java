package org.yingzai.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yingzai.shared.ProblemException;

/** Tells administrators, in their language, what is wrong with a proof or a row of a file. */
@Component
class ProofMessages {

  private final MessageSource messages;

  ProofMessages(MessageSource messages) {
    this.messages = messages;
  }

  /** {@code 400 PROOF_INVALID} naming every refused field, each in {@code errors}. */
  ProblemException invalid(List<ProofViolation> violations) {
    return ProblemException.badRequest(
            "PROOF_INVALID",
            String.join(", ", violations.stream().map(v -> v.field().column()).distinct().toList()))
        .with("errors", violations.stream().map(this::describe).toList());
  }

  Map<String, Object> describe(ProofViolation violation) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", violation.field().column());
    error.put("reason", violation.reason().name());
    error.put("message", message(violation));
    return error;
  }

  /** A bad field of a file's row; {@code code} is the row's proof code, if it has one. */
  Map<String, Object> describe(int line, String code, ProofViolation violation) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("line", line);
    error.put("column", violation.field().column());
    if (code != null) {
      error.put("code", code);
    }
    error.put("reason", violation.reason().name());
    error.put(
        "message",
        text("catalog.importProblem.at", line, violation.field().column(), message(violation)));
    return error;
  }

  /** A problem of the file itself, such as its header, at a line and possibly a column. */
  Map<String, Object> describe(int line, String column, String reason, Object argument) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("line", line);
    if (column != null) {
      error.put("column", column);
    }
    error.put("reason", reason);
    String what = text("catalog.importProblem." + reason, column == null ? "" : column, argument);
    error.put(
        "message",
        column == null
            ? text("catalog.importProblem.atLine", line, what)
            : text("catalog.importProblem.at", line, column, what));
    return error;
  }

  private String message(ProofViolation violation) {
    String field = text("catalog.proofField." + violation.field().column());
    return text(
        "catalog.proofProblem." + violation.reason().name(),
        field,
        violation.argument() == null ? "" : String.valueOf(violation.argument()));
  }

  private String text(String key, Object... arguments) {
    Locale locale = LocaleContextHolder.getLocale();
    Object[] args = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      // numbers as written, not grouped: line 1234, not 1,234
      args[i] = arguments[i] instanceof Number n ? String.valueOf(n) : arguments[i];
    }
    return messages.getMessage(key, args, key, locale);
  }
}
