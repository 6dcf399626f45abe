package org.yingzai.identity.internal;

/** An enterprise to register; checked by {@code Enterprises.register}. */
record CreateEnterpriseRequest(String creditCode, String name, String legalRepresentative) {}
