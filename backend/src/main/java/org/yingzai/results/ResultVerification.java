package org.yingzai.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.IssuedResult;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.shared.FailureWindows;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Public verification of a document by its code. Unknown codes from one address are counted in
 * windows of a minute: after {@link #MAX_MISSES} the address waits for the window's end, so that
 * codes cannot be tried out.
 */
@Service
class ResultVerification {

  static final Duration WINDOW = Duration.ofMinutes(1);
  static final int MAX_MISSES = 10;

  private final ResultMapper mapper;
  private final Catalog catalog;
  private final Departments departments;
  private final Clock clock;
  private final FailureWindows misses = new FailureWindows(WINDOW, MAX_MISSES, 100_000);

  private final JointResultMapper joints;

  ResultVerification(
      ResultMapper mapper,
      JointResultMapper joints,
      Catalog catalog,
      Departments departments,
      Clock clock) {
    this.joints = joints;
    this.mapper = mapper;
    this.catalog = catalog;
    this.departments = departments;
    this.clock = clock;
  }

  /**
   * @param typed the code as typed: case, spaces and dashes do not matter
   * @throws ProblemException {@code 404 RESULT_NOT_FOUND} with {@code genuine: false} for an
   *     unknown code, {@code 429 RESULT_VERIFY_THROTTLED} after too many unknown codes from the
   *     address
   */
  @Transactional(readOnly = true)
  VerificationResponse verify(String typed, String address) {
    Instant now = clock.instant();
    String code = ResultCodes.normalize(typed);
    String key = address == null ? "" : address;
    misses
        .refusal(key, now)
        .ifPresent(
            wait -> {
              throw ProblemException.throttled("RESULT_VERIFY_THROTTLED", wait);
            });
    ResultDocument document = ResultCodes.wellFormed(code) ? mapper.findByCode(code) : null;
    JointResultMapper.JointResultRow joint =
        document == null && ResultCodes.wellFormed(code) ? joints.findByCode(code) : null;
    if (joint != null) {
      return new VerificationResponse(
          true,
          IssuedResult.Status.VALID,
          IssuedResult.Kind.JOINT_ACCEPTANCE,
          joint.documentNumber(),
          joint.title(),
          new VerificationResponse.Holder(joint.holderName(), joint.holderCreditCode()),
          joint.subject(),
          null,
          Times.local(joint.issuedAt()),
          null,
          null);
    }
    if (document == null) {
      misses.recordFailure(key, now);
      throw ProblemException.notFound("RESULT_NOT_FOUND", shortened(code)).with("genuine", false);
    }
    return new VerificationResponse(
        true,
        document.status(now),
        document.kind(),
        document.documentNumber(),
        document.title(),
        new VerificationResponse.Holder(document.holderName(), document.holderCreditCode()),
        catalog.findItemName(document.itemCode()).orElse(document.itemCode()),
        departments.find(document.departmentCode()).map(Department::name).orElse(null),
        Times.local(document.issuedAt()),
        document.validUntil(),
        Times.local(document.revokedAt()));
  }

  void clear() {
    misses.clear();
  }

  // a code in a message is never longer than a real one
  private static String shortened(String code) {
    return code == null || code.length() <= ResultCodes.LENGTH
        ? code
        : code.substring(0, ResultCodes.LENGTH) + "…";
  }
}
