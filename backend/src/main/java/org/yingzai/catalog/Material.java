package org.yingzai.catalog;

import java.util.Objects;

/**
 * A material a service item asks for.
 *
 * @param disposition how a proof is handled, from the proof catalogue; set for {@code PROOF}
 *     materials and only for them
 * @param proofCode the proof in the catalogue a {@code PROOF} material stands for
 * @param deferralDays for a secondary attachment that a key project's application may be accepted
 *     without (容缺受理): the working days from the acceptance within which it must follow; 0 for every
 *     other material
 */
public record Material(
    String code,
    String name,
    MaterialKind kind,
    boolean required,
    Disposition disposition,
    String proofCode,
    int deferralDays) {

  /** A material that must be there at acceptance. */
  public Material(
      String code,
      String name,
      MaterialKind kind,
      boolean required,
      Disposition disposition,
      String proofCode) {
    this(code, name, kind, required, disposition, proofCode, 0);
  }

  public Material {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    if ((kind == MaterialKind.PROOF) != (disposition != null)) {
      throw new IllegalArgumentException(
          "Material " + code + ": a disposition is set for proofs and only for proofs");
    }
  }

  /** Whether a key project's application may be accepted without it, against a promise. */
  public boolean deferrable() {
    return deferralDays > 0 && kind == MaterialKind.ATTACHMENT;
  }

  /** Whether an application cannot be submitted without an upload of this material. */
  public boolean mustUpload() {
    return required && uploadAllowed();
  }

  /** Whether the applicant may upload this material at all: a waived proof is never asked for. */
  public boolean uploadAllowed() {
    return kind != MaterialKind.PROOF || disposition == Disposition.REQUIRED;
  }
}
