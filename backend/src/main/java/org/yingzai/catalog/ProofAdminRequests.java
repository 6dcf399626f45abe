package org.yingzai.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.EnumMap;
import java.util.Map;

/** Request bodies of the proof catalogue's administration API. */
final class ProofAdminRequests {

  private ProofAdminRequests() {}

  /**
   * A proof to create or to replace. Every field arrives as text and is checked by {@link
   * ProofRules}, so that a wrong value is named rather than making the body unreadable.
   */
  record ProofRequest(
      @Schema(description = "on update, the code of the path or nothing") String code,
      String name,
      String issuingAuthority,
      @Schema(
              allowableValues = {
                "ABOLISHED",
                "DATA_SHARING",
                "COMMITMENT",
                "DEPARTMENT_VERIFICATION",
                "REQUIRED"
              })
          String disposition,
      @Schema(description = "DATA_SHARING only, e.g. MARKET_ENTITY") String evidenceType,
      @Schema(description = "DATA_SHARING only, e.g. market-register") String provider,
      @Schema(
              description = "DATA_SHARING only",
              allowableValues = {"COMMITMENT", "UPLOAD"})
          String fallback,
      @Schema(description = "commitments only") String verificationMethod,
      @Schema(type = "integer", minimum = "1", maximum = "365", description = "commitments only")
          String verificationDays,
      @Schema(
              allowableValues = {"LOW", "MEDIUM", "HIGH"},
              defaultValue = "LOW")
          String riskLevel,
      String basis,
      String note,
      @Schema(
              description =
                  "commitments only: published as a new version when it differs from the"
                      + " current text; required when the proof has none yet")
          String commitmentText) {

    Map<ProofField, String> fields() {
      Map<ProofField, String> fields = new EnumMap<>(ProofField.class);
      fields.put(ProofField.CODE, code);
      fields.put(ProofField.NAME, name);
      fields.put(ProofField.ISSUING_AUTHORITY, issuingAuthority);
      fields.put(ProofField.DISPOSITION, disposition);
      fields.put(ProofField.EVIDENCE_TYPE, evidenceType);
      fields.put(ProofField.PROVIDER, provider);
      fields.put(ProofField.FALLBACK, fallback);
      fields.put(ProofField.VERIFICATION_METHOD, verificationMethod);
      fields.put(ProofField.VERIFICATION_DAYS, verificationDays);
      fields.put(ProofField.RISK_LEVEL, riskLevel);
      fields.put(ProofField.BASIS, basis);
      fields.put(ProofField.NOTE, note);
      fields.put(ProofField.COMMITMENT_TEXT, commitmentText);
      return fields;
    }
  }

  /** A new version of a proof's commitment text. */
  record CommitmentTextRequest(String text) {}
}
