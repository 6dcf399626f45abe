package org.yingzai.applications;

/** An approval was revoked (撤销), published inside the transaction that revoked it. */
public record ApplicationRevoked(
    String applicationId, String number, String itemName, long enterpriseId, String reason) {}
