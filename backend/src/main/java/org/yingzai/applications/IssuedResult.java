package org.yingzai.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document issued for an application.
 *
 * @param code the verification code that opens its public verification
 * @param validUntil the last day it is valid; {@code null} when it is valid without limit
 * @param sha256 of the PDF, so that a printed or forwarded copy can be checked
 * @param size of the PDF, in bytes
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IssuedResult(
    String code,
    Kind kind,
    String documentNumber,
    String title,
    OffsetDateTime issuedAt,
    LocalDate validUntil,
    Status status,
    String sha256,
    long size) {

  /** What decision the document states. */
  public enum Kind {
    APPROVAL,
    DENIAL,
    NON_ACCEPTANCE,
    /** a construction project's joint acceptance (联合验收意见书), for the stage as a whole */
    JOINT_ACCEPTANCE
  }

  /** Whether the document is in force. */
  public enum Status {
    VALID,
    EXPIRED,
    REVOKED
  }
}
