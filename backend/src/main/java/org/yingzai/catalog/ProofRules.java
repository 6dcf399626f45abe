package org.yingzai.catalog;

import static org.yingzai.catalog.ProofViolation.Reason.CODE_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.COMMITMENT_ONLY;
import static org.yingzai.catalog.ProofViolation.Reason.COMMITMENT_REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.DAYS_INVALID;
import static org.yingzai.catalog.ProofViolation.Reason.EVIDENCE_TYPE_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.FORMULA;
import static org.yingzai.catalog.ProofViolation.Reason.LINE_BREAK;
import static org.yingzai.catalog.ProofViolation.Reason.PROVIDER_FORMAT;
import static org.yingzai.catalog.ProofViolation.Reason.REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.SHARING_ONLY;
import static org.yingzai.catalog.ProofViolation.Reason.SHARING_REQUIRED;
import static org.yingzai.catalog.ProofViolation.Reason.TOO_LONG;
import static org.yingzai.catalog.ProofViolation.Reason.UNKNOWN_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a proof must satisfy before it is written: every CHECK of the {@code proof} table (V16), the
 * column lengths, and what the catalogue needs beyond them (a code pattern, a commitment text for
 * every proof that allows commitments, no fields a disposition does not use). Every field is
 * checked, so one answer lists everything that is wrong.
 */
final class ProofRules {

  /** Upper-case letters, digits, {@code -} and {@code _}; 2 to 32 characters. */
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

  static final Pattern EVIDENCE_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
  static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  static final int MAX_VERIFICATION_DAYS = 365;

  // a cell starting with one of these runs as a formula when a CSV file is opened in a spreadsheet
  private static final String FORMULA_STARTS = "=+-@";

  private ProofRules() {}

  /** A checked proof, or everything wrong with it. */
  record Checked(ProofDraft draft, List<ProofViolation> violations) {

    boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * Checks a proof given as text by field (blank and absent are the same).
   *
   * @param hasCommitmentText whether the proof already has a commitment text it can keep; when
   *     false, a proof that allows commitments needs one
   */
  static Checked check(Map<ProofField, String> raw, boolean hasCommitmentText) {
    Map<ProofField, String> values = new EnumMap<>(ProofField.class);
    raw.forEach((field, value) -> values.put(field, normalize(value)));
    List<ProofViolation> violations = new ArrayList<>();

    String code = values.get(ProofField.CODE);
    if (code == null) {
      violations.add(new ProofViolation(ProofField.CODE, REQUIRED, null));
    } else if (!CODE.matcher(code).matches()) {
      violations.add(new ProofViolation(ProofField.CODE, CODE_FORMAT, null));
    }
    String name = text(values, ProofField.NAME, true, false, violations);
    String authority = text(values, ProofField.ISSUING_AUTHORITY, true, false, violations);
    Disposition disposition = choice(values, ProofField.DISPOSITION, Disposition.class, violations);
    if (disposition == null && values.get(ProofField.DISPOSITION) == null) {
      violations.add(new ProofViolation(ProofField.DISPOSITION, REQUIRED, null));
    }
    RiskLevel riskLevel = choice(values, ProofField.RISK_LEVEL, RiskLevel.class, violations);
    if (riskLevel == null && values.get(ProofField.RISK_LEVEL) == null) {
      riskLevel = RiskLevel.LOW;
    }

    String evidenceType = pattern(values, ProofField.EVIDENCE_TYPE, EVIDENCE_TYPE, violations);
    String provider = pattern(values, ProofField.PROVIDER, PROVIDER, violations);
    ProofFallback fallback = choice(values, ProofField.FALLBACK, ProofFallback.class, violations);
    String method = text(values, ProofField.VERIFICATION_METHOD, false, true, violations);
    Integer days = days(values, violations);
    String basis = text(values, ProofField.BASIS, false, true, violations);
    String note = text(values, ProofField.NOTE, false, true, violations);
    String commitmentText = text(values, ProofField.COMMITMENT_TEXT, false, true, violations);

    if (disposition != null) {
      boolean sharing = disposition == Disposition.DATA_SHARING;
      for (ProofField field :
          List.of(ProofField.EVIDENCE_TYPE, ProofField.PROVIDER, ProofField.FALLBACK)) {
        boolean present = values.get(field) != null;
        if (sharing && !present) {
          violations.add(new ProofViolation(field, SHARING_REQUIRED, null));
        } else if (!sharing && present) {
          violations.add(new ProofViolation(field, SHARING_ONLY, null));
        }
      }
      // a fallback that is itself refused leaves open whether a commitment is allowed
      boolean fallbackKnown = values.get(ProofField.FALLBACK) == null || fallback != null;
      if (fallbackKnown) {
        boolean commitment =
            disposition == Disposition.COMMITMENT
                || (sharing && fallback == ProofFallback.COMMITMENT);
        for (ProofField field :
            List.of(ProofField.VERIFICATION_METHOD, ProofField.VERIFICATION_DAYS)) {
          boolean present = values.get(field) != null;
          if (commitment && !present) {
            violations.add(new ProofViolation(field, COMMITMENT_REQUIRED, null));
          } else if (!commitment && present) {
            violations.add(new ProofViolation(field, COMMITMENT_ONLY, null));
          }
        }
        boolean textPresent = values.get(ProofField.COMMITMENT_TEXT) != null;
        if (commitment && !textPresent && !hasCommitmentText) {
          violations.add(new ProofViolation(ProofField.COMMITMENT_TEXT, COMMITMENT_REQUIRED, null));
        } else if (!commitment && textPresent) {
          violations.add(new ProofViolation(ProofField.COMMITMENT_TEXT, COMMITMENT_ONLY, null));
        }
      }
    }

    violations.sort((a, b) -> a.field().compareTo(b.field()));
    if (!violations.isEmpty()) {
      return new Checked(null, List.copyOf(violations));
    }
    return new Checked(
        new ProofDraft(
            new ProofTerms(
                code,
                name,
                authority,
                disposition,
                evidenceType,
                provider,
                fallback,
                method,
                days,
                riskLevel,
                basis,
                note),
            commitmentText),
        List.of());
  }

  /**
   * Trims, turns blank into {@code null} and line ends into {@code \n}, so that a text reads and
   * hashes the same whichever system wrote the file.
   */
  static String normalize(String value) {
    if (value == null) {
      return null;
    }
    String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return text.isEmpty() ? null : text;
  }

  private static String text(
      Map<ProofField, String> values,
      ProofField field,
      boolean required,
      boolean multiLine,
      List<ProofViolation> violations) {
    String value = values.get(field);
    if (value == null) {
      if (required) {
        violations.add(new ProofViolation(field, REQUIRED, null));
      }
      return null;
    }
    if (length(value) > field.maxLength()) {
      violations.add(new ProofViolation(field, TOO_LONG, field.maxLength()));
    } else if (!multiLine && value.indexOf('\n') >= 0) {
      violations.add(new ProofViolation(field, LINE_BREAK, null));
    } else if (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      violations.add(new ProofViolation(field, FORMULA, null));
    }
    return value;
  }

  private static String pattern(
      Map<ProofField, String> values,
      ProofField field,
      Pattern pattern,
      List<ProofViolation> violations) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    if (length(value) > field.maxLength()) {
      violations.add(new ProofViolation(field, TOO_LONG, field.maxLength()));
    } else if (!pattern.matcher(value).matches()) {
      violations.add(
          new ProofViolation(
              field, field == ProofField.PROVIDER ? PROVIDER_FORMAT : EVIDENCE_TYPE_FORMAT, null));
    }
    return value;
  }

  // enum names in any case: "commitment" is COMMITMENT
  private static <E extends Enum<E>> E choice(
      Map<ProofField, String> values,
      ProofField field,
      Class<E> type,
      List<ProofViolation> violations) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    String wanted = value.toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    violations.add(
        new ProofViolation(
            field,
            UNKNOWN_VALUE,
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))));
    return null;
  }

  private static Integer days(Map<ProofField, String> values, List<ProofViolation> violations) {
    String value = values.get(ProofField.VERIFICATION_DAYS);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() > 12) {
        // no BigDecimal of 1E999999999: it would be computed in full
        throw new NumberFormatException();
      }
      // a spreadsheet may show a whole number as 20.0
      int days = new BigDecimal(value).intValueExact();
      if (days >= 1 && days <= MAX_VERIFICATION_DAYS) {
        return days;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // refused below
    }
    violations.add(
        new ProofViolation(ProofField.VERIFICATION_DAYS, DAYS_INVALID, MAX_VERIFICATION_DAYS));
    return null;
  }

  static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
