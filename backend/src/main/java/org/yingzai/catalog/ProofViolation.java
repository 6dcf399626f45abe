package org.yingzai.catalog;

/**
 * One thing wrong with one field of a proof as an administrator wrote it.
 *
 * @param argument what the message needs besides the field: the longest length, the refused value
 *     or the line a code was first seen on; {@code null} when it needs nothing
 */
record ProofViolation(ProofField field, Reason reason, Object argument) {

  /** Why a field is refused; each has a message {@code catalog.proofProblem.<reason>}. */
  enum Reason {
    REQUIRED,
    TOO_LONG,
    LINE_BREAK,
    FORMULA,
    CODE_FORMAT,
    CODE_MISMATCH,
    UNKNOWN_VALUE,
    EVIDENCE_TYPE_FORMAT,
    PROVIDER_FORMAT,
    DAYS_INVALID,
    SHARING_REQUIRED,
    SHARING_ONLY,
    COMMITMENT_REQUIRED,
    COMMITMENT_ONLY,
    DUPLICATE_CODE
  }
}
