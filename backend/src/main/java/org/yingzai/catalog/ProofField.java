package org.yingzai.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a proof as administrators write them: the JSON fields of the administration API
 * and, in this order, the columns of an exported or imported catalogue file.
 */
enum ProofField {
  CODE("code", 32),
  NAME("name", 200),
  ISSUING_AUTHORITY("issuingAuthority", 200),
  DISPOSITION("disposition", 32),
  EVIDENCE_TYPE("evidenceType", 32),
  PROVIDER("provider", 64),
  FALLBACK("fallback", 16),
  VERIFICATION_METHOD("verificationMethod", 500),
  VERIFICATION_DAYS("verificationDays", 3),
  RISK_LEVEL("riskLevel", 8),
  BASIS("basis", 500),
  NOTE("note", 1000),
  // TEXT holds 65,535 bytes: 10,000 characters of up to 4 bytes each fit
  COMMITMENT_TEXT("commitmentText", 10_000);

  private final String column;
  private final int maxLength;

  ProofField(String column, int maxLength) {
    this.column = column;
    this.maxLength = maxLength;
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
