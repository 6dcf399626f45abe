package org.yingzai.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;

/** A credit record; {@code active} says whether it keeps the enterprise on the dishonesty list. */
record CreditRecordResponse(
    long id,
    EnterpriseRef enterprise,
    CreditRecordKind kind,
    String reason,
    String applicationId,
    OffsetDateTime recordedAt,
    String recordedBy,
    LocalDate validUntil,
    boolean active,
    OffsetDateTime liftedAt,
    String liftedBy,
    String liftReason) {}
