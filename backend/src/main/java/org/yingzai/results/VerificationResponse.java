package org.yingzai.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yingzai.applications.IssuedResult;

/**
 * The public answer about a document: genuine, its status, holder and item, and nothing else of the
 * holder's data.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record VerificationResponse(
    boolean genuine,
    IssuedResult.Status status,
    IssuedResult.Kind kind,
    String documentNumber,
    String title,
    Holder holder,
    String itemName,
    String department,
    OffsetDateTime issuedAt,
    LocalDate validUntil,
    OffsetDateTime revokedAt) {

  record Holder(String name, String creditCode) {}
}
