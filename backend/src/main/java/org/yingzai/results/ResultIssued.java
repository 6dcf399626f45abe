package org.yingzai.results;

import org.yingzai.applications.IssuedResult;

/**
 * A decision's document was issued and stored, published inside the transaction of the decision
 * after the document's row and file exist.
 *
 * @param code the verification code
 * @param verifyUrl the public address that verifies the document
 * @param sha256 of the stored PDF, the file's content address
 */
public record ResultIssued(
    String applicationId,
    IssuedResult.Kind kind,
    String code,
    String documentNumber,
    String title,
    long enterpriseId,
    String verifyUrl,
    String sha256) {}
