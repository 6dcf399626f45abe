package org.yingzai.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.catalog.Proof;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.EvidenceResponse.ConsentResponse;
import org.yingzai.evidence.EvidenceResponse.FailureResponse;
import org.yingzai.evidence.EvidenceResponse.FallbackResponse;
import org.yingzai.evidence.EvidenceResponse.FieldResponse;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;
import org.yingzai.identity.Enterprise;
import org.yingzai.shared.Times;

/** How fetched evidence and signatures are shown, in the caller's language. */
@Component
class EvidenceViews {

  /** Fields are stored as plain JSON in the order shown; their sha256 is over these bytes. */
  private static final ObjectMapper FIELDS = new ObjectMapper();

  private static final TypeReference<LinkedHashMap<String, Object>> FIELD_MAP =
      new TypeReference<>() {};

  private final MessageSource messages;
  private final EvidenceProperties properties;

  EvidenceViews(MessageSource messages, EvidenceProperties properties) {
    this.messages = messages;
    this.properties = properties;
  }

  static String writeFields(Map<String, Object> fields) {
    try {
      return FIELDS.writeValueAsString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> readFields(String json) {
    try {
      return FIELDS.readValue(json, FIELD_MAP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fetch as the applicant and the clerk see it; a failure carries the fallback offered now
   * ({@code standing} may be {@code null} where none is offered any more).
   */
  EvidenceResponse fetch(FetchRow row, Proof proof, ProofStanding standing) {
    Locale locale = LocaleContextHolder.getLocale();
    boolean found = row.found();
    return new EvidenceResponse(
        row.id(),
        row.materialCode(),
        row.proofCode(),
        row.evidenceType(),
        message("evidence.type." + row.evidenceType(), row.evidenceType(), locale),
        row.provider(),
        row.outcome(),
        row.source(),
        Times.local(row.fetchedAt()),
        row.requestedBy(),
        found && !row.consented()
            ? Times.local(row.fetchedAt().plus(properties.previewValidity()))
            : null,
        found ? fields(row.fieldsJson(), locale) : null,
        row.fieldsSha256(),
        row.consented()
            ? new ConsentResponse(
                row.consentedBy(),
                Times.local(row.consentedAt()),
                row.consentIp(),
                row.consentUserAgent())
            : null,
        found ? null : failure(row, proof, locale),
        found || standing == null ? null : fallback(standing, locale));
  }

  FailureResponse failure(FetchRow row, Proof proof, Locale locale) {
    return new FailureResponse(
        row.failureReason(),
        messages.getMessage(
            "evidence.failure." + row.failureReason(),
            new Object[] {
              proof.terms().issuingAuthority(),
              message("evidence.type." + row.evidenceType(), row.evidenceType(), locale)
            },
            locale));
  }

  FallbackResponse fallback(ProofStanding standing, Locale locale) {
    ProofAction action = standing.fallbackAction();
    return new FallbackResponse(
        standing.proof().terms().fallback(),
        action,
        fallbackMessage(standing, locale),
        action == ProofAction.SIGN
            ? CommitmentTextResponse.of(standing.proof().commitment())
            : null);
  }

  /** What the applicant is told to do after the provider of this proof failed. */
  String fallbackMessage(ProofStanding standing) {
    return fallbackMessage(standing, LocaleContextHolder.getLocale());
  }

  private String fallbackMessage(ProofStanding standing, Locale locale) {
    String key =
        standing.fallbackAction() == ProofAction.SIGN
            ? "evidence.fallback.SIGN"
            : standing.commitmentsAllowed()
                ? "evidence.fallback.UPLOAD"
                : "evidence.fallback.DISHONEST_UPLOAD";
    return messages.getMessage(key, new Object[] {standing.material().name()}, locale);
  }

  SignatureResponse signature(SignatureRow row, Enterprise enterprise, Boolean reliedOn) {
    return new SignatureResponse(
        row.id(),
        row.applicationId(),
        row.materialCode(),
        row.proofCode(),
        row.textVersion(),
        row.textSha256(),
        row.signedBy(),
        row.signerName(),
        new EnterpriseRef(enterprise.creditCode(), enterprise.name()),
        Times.local(row.signedAt()),
        row.remoteIp(),
        row.userAgent(),
        row.riskLevel(),
        row.verificationMethod(),
        row.verificationDays(),
        reliedOn,
        row.witnessedBy());
  }

  String message(String key, Object[] arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }

  private List<FieldResponse> fields(String json, Locale locale) {
    return readFields(json).entrySet().stream()
        .map(
            field ->
                new FieldResponse(
                    field.getKey(),
                    message("evidence.field." + field.getKey(), field.getKey(), locale),
                    field.getValue()))
        .toList();
  }

  private String message(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
