package org.yingzai.identity.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;

/**
 * The administrator registers an enterprise; the audit trail records it in the same transaction.
 */
@Service
class EnterpriseRegistration {

  private final Enterprises enterprises;
  private final AdminAudit audit;

  EnterpriseRegistration(Enterprises enterprises, AdminAudit audit) {
    this.enterprises = enterprises;
    this.audit = audit;
  }

  @Transactional
  Enterprise register(String creditCode, String name, String legalRepresentative) {
    Enterprise enterprise = enterprises.register(creditCode, name, legalRepresentative);
    audit.enterpriseRegistered(enterprise);
    return enterprise;
  }
}
