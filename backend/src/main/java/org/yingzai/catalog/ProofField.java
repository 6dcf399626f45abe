package org.yingzai.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of a proof as administrators write them: the JSON fields of the administration API
 * and, in this order, the columns of an exported or imported catalogue file. Each but the
 * commitment text is one of the proof's {@link ProofTerms}.
 */
enum ProofField {
  CODE("code", 32, ProofTerms::code),
  NAME("name", 200, ProofTerms::name),
  ISSUING_AUTHORITY("issuingAuthority", 200, ProofTerms::issuingAuthority),
  DISPOSITION("disposition", 32, ProofTerms::disposition),
  EVIDENCE_TYPE("evidenceType", 32, ProofTerms::evidenceType),
  PROVIDER("provider", 64, ProofTerms::provider),
  FALLBACK("fallback", 16, ProofTerms::fallback),
  VERIFICATION_METHOD("verificationMethod", 500, ProofTerms::verificationMethod),
  VERIFICATION_DAYS("verificationDays", 3, ProofTerms::verificationDays),
  RISK_LEVEL("riskLevel", 8, ProofTerms::riskLevel),
  BASIS("basis", 500, ProofTerms::basis),
  NOTE("note", 1000, ProofTerms::note),
  // TEXT holds 65,535 bytes: 10,000 characters of up to 4 bytes each fit
  COMMITMENT_TEXT("commitmentText", 10_000, null);

  private final String column;
  private final int maxLength;
  private final Function<ProofTerms, Object> term;

  ProofField(String column, int maxLength, Function<ProofTerms, Object> term) {
    this.column = column;
    this.maxLength = maxLength;
    this.term = term;
  }

  /** Whether the field is one of the proof's terms: all but the commitment text. */
  boolean isTerm() {
    return term != null;
  }

  /** The value of this term in {@code terms}. */
  Object of(ProofTerms terms) {
    return term.apply(terms);
  }

  /** The value of this term in {@code terms} as a file's cell holds it. */
  String textOf(ProofTerms terms) {
    Object value = of(terms);
    return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  /** The stable name of the field: its JSON name and its column header in files. */
  String column() {
    return column;
  }

  /** The most characters (Unicode code points) the field may hold. */
  int maxLength() {
    return maxLength;
  }

  static Optional<ProofField> ofColumn(String header) {
    String wanted = header.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(field -> field.column.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
