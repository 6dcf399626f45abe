package org.yingzai.applications;

/**
 * The last material an approved application was accepted without (容缺受理) came in: its result is no
 * longer withheld. Published inside the transaction of the upload.
 */
public record PromisedMaterialsSupplied(String applicationId) {}
