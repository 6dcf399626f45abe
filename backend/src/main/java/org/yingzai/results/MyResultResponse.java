package org.yingzai.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yingzai.applications.IssuedResult;
import org.yingzai.shared.Times;

/** One of an enterprise's documents in its "my licences" list. */
record MyResultResponse(
    String code,
    String applicationId,
    IssuedResult.Kind kind,
    String documentNumber,
    String title,
    String itemCode,
    String itemName,
    OffsetDateTime issuedAt,
    LocalDate validUntil,
    IssuedResult.Status status,
    String sha256) {

  static MyResultResponse of(ResultDocument document, String itemName, Instant now) {
    return new MyResultResponse(
        document.code(),
        document.applicationId(),
        document.kind(),
        document.documentNumber(),
        document.title(),
        document.itemCode(),
        itemName,
        Times.local(document.issuedAt()),
        document.validUntil(),
        document.status(now),
        document.sha256());
  }
}
