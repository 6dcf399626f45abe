package org.yingzai.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.identity.internal.EnterpriseMapper;
import org.yingzai.shared.LikePatterns;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
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

  /**
   * The enterprise an application or a record refers to, which its foreign key keeps in place.
   *
   * @throws IllegalStateException when it is missing all the same
   */
  public Enterprise requireById(long id) {
    return findById(id)
        .orElseThrow(() -> new IllegalStateException("Enterprise " + id + " is missing"));
  }

  /** The enterprise with this unified social credit code; empty for an invalid code. */
  public Optional<Enterprise> findByCreditCode(String code) {
    if (!CreditCodes.isValid(code)) {
      return Optional.empty();
    }
    return Optional.ofNullable(enterprises.findByCreditCode(code));
  }

  /**
   * The enterprise with this unified social credit code.
   *
   * @throws ProblemException 400 {@code CREDIT_CODE_INVALID} for an invalid code, saying what is
   *     wrong; 404 {@code ENTERPRISE_NOT_FOUND} when no enterprise has this code
   */
  public Enterprise requireByCreditCode(String code) {
    CreditCodes.requireValid(code);
    Enterprise enterprise = enterprises.findByCreditCode(code);
    if (enterprise == null) {
      throw ProblemException.notFound("ENTERPRISE_NOT_FOUND", code);
    }
    return enterprise;
  }

  /**
   * One page of the enterprises whose name or credit code contains {@code q} (ignoring case), all
   * of them for a blank {@code q}, ordered by name and credit code.
   */
  public PageResponse<Enterprise> search(String q, PageRequest page) {
    String pattern = StringUtils.hasText(q) ? "%" + LikePatterns.escape(q.strip()) + "%" : null;
    return PageResponse.read(
        enterprises.search(pattern, page.offset(), page.size()),
        page,
        () -> enterprises.countMatching(pattern));
  }

  /**
   * The enterprises records refer to, by id, in one read.
   *
   * @throws IllegalStateException when one is missing all the same
   */
  public Map<Long, Enterprise> requireByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Enterprise> found =
        enterprises.findByIds(ids).stream()
            .collect(Collectors.toMap(Enterprise::id, enterprise -> enterprise));
    for (Long id : ids) {
      if (!found.containsKey(id)) {
        throw new IllegalStateException("Enterprise " + id + " is missing");
      }
    }
    return found;
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
