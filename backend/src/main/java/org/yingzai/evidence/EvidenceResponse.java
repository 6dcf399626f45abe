package org.yingzai.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.catalog.ProofFallback;
import org.yingzai.evidence.EvidenceResult.FailureReason;

/**
 * One fetch of shared evidence for a proof material: what the provider answered, exactly as the
 * applicant previews it and as it is attached once they consent; or why there is nothing, with the
 * fallback the applicant is offered.
 *
 * @param source the authority the evidence comes from
 * @param consentBefore until when the applicant may consent to this preview
 * @param sha256 hex sha256 of the fields as stored
 * @param consent who consented, when and from where; absent until then
 */
record EvidenceResponse(
    long id,
    String materialCode,
    String proofCode,
    String evidenceType,
    String evidenceTypeName,
    String provider,
    FetchOutcome outcome,
    String source,
    OffsetDateTime fetchedAt,
    String requestedBy,
    OffsetDateTime consentBefore,
    List<FieldResponse> fields,
    String sha256,
    ConsentResponse consent,
    FailureResponse failure,
    FallbackResponse fallback) {

  /** One field of the evidence, with its name in the caller's language. */
  record FieldResponse(String name, String label, Object value) {}

  record ConsentResponse(String by, OffsetDateTime at, String ip, String userAgent) {}

  /** Why the provider delivered nothing, as code and as a sentence for the applicant. */
  record FailureResponse(FailureReason reason, String message) {}

  /**
   * What the applicant may do instead.
   *
   * @param catalogued the fallback the catalogue names
   * @param action what is offered now: {@code UPLOAD}, or {@code SIGN} (never to an enterprise on
   *     the dishonesty list)
   * @param commitment the text to sign, for {@code SIGN}
   */
  record FallbackResponse(
      ProofFallback catalogued,
      ProofAction action,
      String message,
      CommitmentTextResponse commitment) {}
}
