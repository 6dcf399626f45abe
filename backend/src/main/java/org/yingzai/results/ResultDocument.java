package org.yingzai.results;

import java.time.Instant;
import java.time.LocalDate;
import org.yingzai.applications.IssuedResult;
import org.yingzai.shared.Times;

/** A document issued for an application, as stored; its PDF is in the files by its sha256. */
record ResultDocument(
    String code,
    String applicationId,
    IssuedResult.Kind kind,
    String documentNumber,
    String title,
    long enterpriseId,
    String holderName,
    String holderCreditCode,
    String itemCode,
    String departmentCode,
    Instant issuedAt,
    LocalDate validUntil,
    Instant revokedAt,
    String revokeReason,
    String sha256,
    long size) {

  /** Revoked once revoked; otherwise expired after its last valid day. */
  IssuedResult.Status status(Instant now) {
    if (revokedAt != null) {
      return IssuedResult.Status.REVOKED;
    }
    if (validUntil != null && LocalDate.ofInstant(now, Times.ZONE).isAfter(validUntil)) {
      return IssuedResult.Status.EXPIRED;
    }
    return IssuedResult.Status.VALID;
  }

  IssuedResult issued(Instant now) {
    return new IssuedResult(
        code,
        kind,
        documentNumber,
        title,
        Times.local(issuedAt),
        validUntil,
        status(now),
        sha256,
        size);
  }
}
