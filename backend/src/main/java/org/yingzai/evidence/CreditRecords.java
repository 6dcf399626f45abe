package org.yingzai.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.MaterialPromiseBroken;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.evidence.CreditRecordMapper.CreditRecordRow;
import org.yingzai.evidence.CreditRecordMapper.Filter;
import org.yingzai.evidence.SignatureResponse.EnterpriseRef;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/**
 * Credit records (信用记录): an enterprise with an active one is on the dishonesty list (失信) and may
 * not use commitments; it uploads its proofs instead.
 */
@Service
public class CreditRecords {

  private static final int MAX_REASON = 1000;

  private final CreditRecordMapper records;
  private final ApplicationProgress applications;
  private final Enterprises enterprises;
  private final Clock clock;
  private final AuditTrail audit;
  private final MessageSource messages;

  CreditRecords(
      CreditRecordMapper records,
      ApplicationProgress applications,
      Enterprises enterprises,
      Clock clock,
      AuditTrail audit,
      MessageSource messages) {
    this.messages = messages;
    this.records = records;
    this.applications = applications;
    this.enterprises = enterprises;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Records that a commitment of the application was found false: a {@code FALSE_COMMITMENT} record
   * of the application's enterprise, active until an administrator lifts it. Joins the caller's
   * transaction.
   *
   * @param recordedBy who records it, e.g. the verifying clerk or {@code system}
   * @throws ProblemException 404 {@code APPLICATION_NOT_FOUND} for an unknown application; 400
   *     {@code CREDIT_RECORD_REASON_REQUIRED} without a reason
   */
  @Transactional
  public void recordFalseCommitment(String applicationId, String reason, String recordedBy) {
    ApplicationSummary application = applications.summary(applicationId);
    insert(
        application.enterpriseId(),
        CreditRecordKind.FALSE_COMMITMENT,
        reason,
        application.id(),
        null,
        StringUtils.hasText(recordedBy) ? recordedBy : CurrentUser.SYSTEM);
  }

  /**
   * A material promised at a green-channel acceptance did not come by its day: a {@code
   * BROKEN_PROMISE} record of the enterprise, recorded by the system, active until lifted.
   */
  @EventListener
  void on(MaterialPromiseBroken broken) {
    insert(
        broken.enterpriseId(),
        CreditRecordKind.BROKEN_PROMISE,
        messages.getMessage(
            "credit.reason.BROKEN_PROMISE",
            new Object[] {
              broken.number(), broken.materialName(), Times.local(broken.dueAt()).toLocalDate()
            },
            Locale.SIMPLIFIED_CHINESE),
        broken.applicationId(),
        null,
        CurrentUser.SYSTEM);
  }

  /** Whether the enterprise has an active credit record today (Asia/Shanghai). */
  @Transactional(readOnly = true)
  public boolean isDishonest(long enterpriseId) {
    return !records.findActive(enterpriseId, today()).isEmpty();
  }

  // --- administration

  @Transactional
  CreditRecordResponse add(CreditRecordRequest request) {
    Enterprise enterprise = enterprises.requireByCreditCode(request.creditCode());
    CreditRecordKind kind = kind(request.kind());
    if (request.validUntil() != null && request.validUntil().isBefore(today())) {
      throw ProblemException.badRequest("CREDIT_RECORD_VALID_UNTIL_PAST", request.validUntil());
    }
    String applicationId =
        StringUtils.hasText(request.applicationId()) ? request.applicationId() : null;
    if (applicationId != null
        && applications.summary(applicationId).enterpriseId() != enterprise.id()) {
      throw ProblemException.badRequest(
          "CREDIT_RECORD_APPLICATION_MISMATCH", applicationId, enterprise.creditCode());
    }
    long id =
        insert(
            enterprise.id(),
            kind,
            request.reason(),
            applicationId,
            request.validUntil(),
            CurrentUser.get().username());
    return view(records.findById(id), enterprise);
  }

  @Transactional(readOnly = true)
  CreditRecordResponse get(long id) {
    CreditRecordRow row = records.findById(id);
    if (row == null) {
      throw ProblemException.notFound("CREDIT_RECORD_NOT_FOUND", id);
    }
    return view(row, enterprises.requireById(row.enterpriseId()));
  }

  @Transactional(readOnly = true)
  PageResponse<CreditRecordResponse> list(String creditCode, Boolean active, PageRequest page) {
    Long enterpriseId = null;
    if (StringUtils.hasText(creditCode)) {
      enterpriseId = enterprises.requireByCreditCode(creditCode.strip()).id();
    }
    Filter filter = new Filter(enterpriseId, active, today());
    List<CreditRecordRow> rows = records.findPage(filter, page.offset(), page.size());
    // the page's enterprises in one read
    Map<Long, Enterprise> byId =
        enterprises.requireByIds(
            rows.stream().map(CreditRecordRow::enterpriseId).distinct().toList());
    List<CreditRecordResponse> content =
        rows.stream().map(row -> view(row, byId.get(row.enterpriseId()))).toList();
    return PageResponse.read(content, page, () -> records.count(filter));
  }

  @Transactional
  CreditRecordResponse lift(long id, String reason) {
    CreditRecordRow row = records.lockById(id);
    if (row == null) {
      throw ProblemException.notFound("CREDIT_RECORD_NOT_FOUND", id);
    }
    if (row.liftedAt() != null) {
      throw ProblemException.conflict("CREDIT_RECORD_ALREADY_LIFTED", id);
    }
    if (!StringUtils.hasText(reason)) {
      throw ProblemException.badRequest("CREDIT_RECORD_LIFT_REASON_REQUIRED");
    }
    String why = limit(reason.strip());
    records.lift(id, clock.instant(), CurrentUser.get().username(), why);
    audit.record(
        EvidenceAuditAction.CREDIT_RECORD_LIFTED,
        creditRecord(id, row.sourceApplicationId()),
        why,
        Map.of("enterpriseId", row.enterpriseId(), "kind", row.kind()));
    return view(records.findById(id), enterprises.requireById(row.enterpriseId()));
  }

  private long insert(
      long enterpriseId,
      CreditRecordKind kind,
      String reason,
      String applicationId,
      LocalDate validUntil,
      String recordedBy) {
    if (!StringUtils.hasText(reason)) {
      throw ProblemException.badRequest("CREDIT_RECORD_REASON_REQUIRED");
    }
    records.insert(
        new CreditRecordRow(
            null,
            enterpriseId,
            kind,
            limit(reason.strip()),
            applicationId,
            clock.instant(),
            recordedBy,
            validUntil,
            null,
            null,
            null));
    long id = records.lastInsertId();
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("enterpriseId", enterpriseId);
    change.put("kind", kind);
    change.put("validUntil", validUntil == null ? null : validUntil.toString());
    audit.record(
        EvidenceAuditAction.CREDIT_RECORD_CREATED,
        creditRecord(id, applicationId),
        limit(reason.strip()),
        change);
    return id;
  }

  // a record made for an application is also in that application's trail
  private static AuditObject creditRecord(long id, String applicationId) {
    return applicationId == null
        ? AuditObject.of("credit-record", String.valueOf(id))
        : AuditObject.ofApplication("credit-record", String.valueOf(id), applicationId);
  }

  private CreditRecordResponse view(CreditRecordRow row, Enterprise enterprise) {
    return new CreditRecordResponse(
        row.id(),
        new EnterpriseRef(enterprise.creditCode(), enterprise.name()),
        row.kind(),
        row.reason(),
        row.sourceApplicationId(),
        Times.local(row.recordedAt()),
        row.recordedBy(),
        row.validUntil(),
        row.activeOn(today()),
        Times.local(row.liftedAt()),
        row.liftedBy(),
        row.liftReason());
  }

  private static CreditRecordKind kind(String kind) {
    if (!StringUtils.hasText(kind)) {
      throw ProblemException.badRequest("CREDIT_RECORD_KIND_INVALID", String.valueOf(kind));
    }
    try {
      return CreditRecordKind.valueOf(kind.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("CREDIT_RECORD_KIND_INVALID", kind);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Times.ZONE);
  }

  private static String limit(String text) {
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
  }
}
