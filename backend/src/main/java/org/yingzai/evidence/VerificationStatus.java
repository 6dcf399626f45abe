package org.yingzai.evidence;

/** Where the verification of an approval that relied on commitments stands. */
public enum VerificationStatus {
  /** The draw left it out; recorded so that the sampling can be shown. */
  NOT_SAMPLED,
  /** Sampled; the department's verifiers have a VERIFY task. */
  PENDING,
  /** The commitments were true. */
  VERIFIED,
  /** A commitment was false: the result was revoked and a credit record made. */
  REVOKED
}
