package org.yingzai.identity.internal;

/** What to change of an enterprise: both its name and its legal representative, as they now are. */
record ChangeEnterpriseRequest(String name, String legalRepresentative) {}
