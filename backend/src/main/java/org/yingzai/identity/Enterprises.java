package org.yingzai.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.identity.internal.EnterpriseMapper;
import org.yingzai.shared.ProblemException;

/** The enterprises (市场主体) known to the service hall. */
@Service
public class Enterprises {

  private final EnterpriseMapper enterprises;
  private final Clock clock;

  Enterprises(EnterpriseMapper enterprises, Clock clock) {
    this.enterprises = enterprises;
    this.clock = clock;
  }

  public Optional<Enterprise> findById(long id) {
    return Optional.ofNullable(enterprises.findById(id));
  }

  /** The enterprise with this unified social credit code; empty for an invalid code. */
  public Optional<Enterprise> findByCreditCode(String code) {
    if (!CreditCodes.isValid(code)) {
      return Optional.empty();
    }
    return Optional.ofNullable(enterprises.findByCreditCode(code));
  }

  /**
   * Registers an enterprise.
   *
   * @throws ProblemException 400 {@code CREDIT_CODE_INVALID}, {@code ENTERPRISE_NAME_REQUIRED} or
   *     {@code LEGAL_REPRESENTATIVE_REQUIRED}; 409 {@code ENTERPRISE_EXISTS} when an enterprise
   *     with this credit code is already registered
   */
  @Transactional
  public Enterprise register(String creditCode, String name, String legalRepresentative) {
    CreditCodes.requireValid(creditCode);
    if (!StringUtils.hasText(name)) {
      throw ProblemException.badRequest("ENTERPRISE_NAME_REQUIRED");
    }
    if (!StringUtils.hasText(legalRepresentative)) {
      throw ProblemException.badRequest("LEGAL_REPRESENTATIVE_REQUIRED");
    }
    if (enterprises.findByCreditCode(creditCode) != null) {
      throw ProblemException.conflict("ENTERPRISE_EXISTS", creditCode);
    }
    try {
      enterprises.insert(creditCode, name.strip(), legalRepresentative.strip(), clock.instant());
    } catch (DuplicateKeyException e) {
      // registered at the same moment by another request
      throw ProblemException.conflict("ENTERPRISE_EXISTS", creditCode);
    }
    return enterprises.findByCreditCode(creditCode);
  }
}
