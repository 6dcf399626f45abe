package org.yingzai.identity.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.ProblemException;

/**
 * The administrator registers an enterprise; the audit trail records it in the same transaction.
 */
@Service
class EnterpriseRegistration {

  static final int MAX_NAME = 200;
  static final int MAX_LEGAL_REPRESENTATIVE = 100;

  private final Enterprises enterprises;
  private final EnterpriseMapper mapper;
  private final AdminAudit audit;

  EnterpriseRegistration(Enterprises enterprises, EnterpriseMapper mapper, AdminAudit audit) {
    this.enterprises = enterprises;
    this.mapper = mapper;
    this.audit = audit;
  }

  @Transactional
  Enterprise register(String creditCode, String name, String legalRepresentative) {
    requireLengths(name, legalRepresentative);
    Enterprise enterprise = enterprises.register(creditCode, name, legalRepresentative);
    audit.enterpriseRegistered(enterprise);
    return enterprise;
  }

  /**
   * Changes the enterprise's name or legal representative; its credit code never changes. A change
   * that changes nothing records nothing.
   *
   * @throws ProblemException 404 {@code ENTERPRISE_NOT_FOUND}; 400 {@code
   *     ENTERPRISE_NAME_REQUIRED}, {@code LEGAL_REPRESENTATIVE_REQUIRED}, {@code
   *     ENTERPRISE_NAME_TOO_LONG} or {@code LEGAL_REPRESENTATIVE_TOO_LONG}
   */
  @Transactional
  Enterprise change(String creditCode, String name, String legalRepresentative) {
    Enterprise before = enterprises.requireByCreditCode(creditCode);
    if (!StringUtils.hasText(name)) {
      throw ProblemException.badRequest("ENTERPRISE_NAME_REQUIRED");
    }
    if (!StringUtils.hasText(legalRepresentative)) {
      throw ProblemException.badRequest("LEGAL_REPRESENTATIVE_REQUIRED");
    }
    requireLengths(name, legalRepresentative);
    Enterprise after =
        new Enterprise(before.id(), before.creditCode(), name.strip(), legalRepresentative.strip());
    if (after.equals(before)) {
      return before;
    }
    mapper.update(after.creditCode(), after.name(), after.legalRepresentative());
    audit.enterpriseChanged(before, after);
    return after;
  }

  private static void requireLengths(String name, String legalRepresentative) {
    if (name != null && name.strip().length() > MAX_NAME) {
      throw ProblemException.badRequest("ENTERPRISE_NAME_TOO_LONG", MAX_NAME);
    }
    if (legalRepresentative != null
        && legalRepresentative.strip().length() > MAX_LEGAL_REPRESENTATIVE) {
      throw ProblemException.badRequest("LEGAL_REPRESENTATIVE_TOO_LONG", MAX_LEGAL_REPRESENTATIVE);
    }
  }
}
