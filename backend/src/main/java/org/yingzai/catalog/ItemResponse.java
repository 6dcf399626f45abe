package org.yingzai.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A service item as the public guide shows it. */
record ItemResponse(
    String code,
    String name,
    DepartmentResponse department,
    Theme theme,
    HandlingType handlingType,
    LimitUnit limitUnit,
    int legalLimit,
    int promisedLimit,
    int maxExtension,
    String description,
    List<MaterialResponse> materials,
    Map<String, Integer> stepLimits,
    List<FormFieldResponse> form) {

  record DepartmentResponse(String code, String name) {}

  /**
   * {@code disposition} and {@code proofCode} are left out of the JSON for anything but proofs;
   * {@code proof} is shown on one item, not in lists.
   */
  record MaterialResponse(
      String code,
      String name,
      MaterialKind kind,
      boolean required,
      Disposition disposition,
      String proofCode,
      ProofResponse proof,
      Integer deferralDays) {

    static MaterialResponse of(Material material, Proof proof) {
      return new MaterialResponse(
          material.code(),
          material.name(),
          material.kind(),
          material.required(),
          material.disposition(),
          material.proofCode(),
          proof == null ? null : ProofResponse.of(proof),
          // 容缺受理: a key project's application may be accepted without it
          material.deferrable() ? material.deferralDays() : null);
    }
  }

  /** What the guide tells an applicant about a proof: who issues it and what replaces it. */
  record ProofResponse(
      String code,
      String name,
      String issuingAuthority,
      Disposition disposition,
      String evidenceType,
      ProofFallback fallback,
      CommitmentResponse commitment,
      String basis,
      String note,
      boolean sample) {

    static ProofResponse of(Proof proof) {
      ProofTerms terms = proof.terms();
      return new ProofResponse(
          terms.code(),
          terms.name(),
          terms.issuingAuthority(),
          terms.disposition(),
          terms.evidenceType(),
          terms.fallback(),
          proof.commitment() == null
              ? null
              : new CommitmentResponse(
                  proof.commitment().version(),
                  proof.commitment().text(),
                  proof.commitment().sha256()),
          terms.basis(),
          terms.note(),
          proof.sample());
    }
  }

  record CommitmentResponse(int version, String text, String sha256) {}

  /** A field of the application form; {@code options} only for a {@code CHOICE}. */
  record FormFieldResponse(
      String name,
      FieldType type,
      boolean required,
      int maxLength,
      String label,
      List<String> options) {

    static FormFieldResponse of(FormField field, String label) {
      return new FormFieldResponse(
          field.name(),
          field.type(),
          field.required(),
          field.maxLength(),
          label,
          field.options().isEmpty() ? null : field.options());
    }
  }

  static ItemResponse of(ServiceItem item) {
    return of(item, null, Map.of(), null);
  }

  /**
   * With the item's own per-step limits, its proofs by material code and its application form, each
   * field labelled by {@code labels}; lists leave them out.
   */
  static ItemResponse of(
      ServiceItem item,
      Map<String, Integer> stepLimits,
      Map<String, Proof> proofs,
      Function<FormField, String> labels) {
    return new ItemResponse(
        item.code(),
        item.name(),
        new DepartmentResponse(item.department().code(), item.department().name()),
        item.theme(),
        item.handlingType(),
        item.limitUnit(),
        item.legalLimit(),
        item.promisedLimit(),
        item.maxExtension(),
        item.description(),
        item.materials().stream().map(m -> MaterialResponse.of(m, proofs.get(m.code()))).toList(),
        stepLimits,
        labels == null
            ? null
            : item.form().stream().map(f -> FormFieldResponse.of(f, labels.apply(f))).toList());
  }
}
