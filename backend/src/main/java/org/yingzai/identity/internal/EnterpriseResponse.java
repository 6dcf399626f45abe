package org.yingzai.identity.internal;

import org.yingzai.identity.Enterprise;

record EnterpriseResponse(long id, String creditCode, String name, String legalRepresentative) {

  static EnterpriseResponse of(Enterprise enterprise) {
    return new EnterpriseResponse(
        enterprise.id(),
        enterprise.creditCode(),
        enterprise.name(),
        enterprise.legalRepresentative());
  }
}
