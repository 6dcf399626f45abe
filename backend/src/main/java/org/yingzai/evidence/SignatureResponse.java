package org.yingzai.evidence;

import java.time.OffsetDateTime;
import org.yingzai.catalog.RiskLevel;

/**
 * A signed commitment as the applicant and the department see it.
 *
 * @param reliedOn for a submitted application: whether the application relied on it
 * @param witnessedBy signed on the screen at the counter: the receiving clerk who witnessed it
 */
record SignatureResponse(
    long id,
    String applicationId,
    String materialCode,
    String proofCode,
    int textVersion,
    String textSha256,
    String signedBy,
    String signerName,
    EnterpriseRef enterprise,
    OffsetDateTime signedAt,
    String remoteIp,
    String userAgent,
    RiskLevel riskLevel,
    String verificationMethod,
    Integer verificationDays,
    Boolean reliedOn,
    String witnessedBy) {

  record EnterpriseRef(String creditCode, String name) {}
}
