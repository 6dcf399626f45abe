/**
 * Certificate-free handling (无证明): evidence fetched from its providers and attached with the
 * applicant's consent, signed commitments (告知承诺) in place of proofs, their verification after the
 * decision, and the credit records that keep enterprises on the dishonesty list (失信) from using
 * commitments.
 */
package org.yingzai.evidence;
