package org.yingzai.evidence;

import java.time.Instant;
import org.yingzai.catalog.RiskLevel;

/**
 * A commitment (告知承诺书) an applicant signed in place of a proof.
 *
 * @param textVersion the version of the proof's commitment text that was signed
 * @param textSha256 hex sha256 of the exact text signed (its UTF-8 bytes)
 * @param signedBy the username of the enterprise user who signed
 * @param riskLevel the proof's risk level when it was signed: it sets the verification rate
 * @param verificationDays within how many working days after the decision the commitment is
 *     verified, as the proof said when it was signed
 */
public record SignedCommitment(
    long id,
    String applicationId,
    String materialCode,
    String proofCode,
    int textVersion,
    String textSha256,
    String signedBy,
    Instant signedAt,
    RiskLevel riskLevel,
    Integer verificationDays) {}
