package org.yingzai.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/** What supervisors read of the trail: newest first, by application, actor, object and period. */
@Service
class AuditRecords {

  /** The most rows an export holds. */
  static final int EXPORT_LIMIT = 100_000;

  private static final int EXPORT_PAGE = 1_000;

  private final AuditMapper mapper;

  AuditRecords(AuditMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The filter of a request: {@code object} is {@code type:id}, {@code from} and {@code to} are
   * days in the service hall's time zone, both included.
   */
  static AuditFilter filter(
      String applicationId, String actor, String object, LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    String objectType = null;
    String objectId = null;
    if (object != null && !object.isBlank()) {
      int colon = object.indexOf(':');
      if (colon <= 0 || colon == object.length() - 1) {
        throw ProblemException.badRequest("AUDIT_OBJECT_INVALID", object);
      }
      objectType = object.substring(0, colon);
      objectId = object.substring(colon + 1);
    }
    return new AuditFilter(
        blankToNull(applicationId),
        blankToNull(actor),
        objectType,
        objectId,
        from == null ? null : from.atStartOfDay(Times.ZONE).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(Times.ZONE).toInstant());
  }

  @Transactional(readOnly = true)
  PageResponse<AuditRecordResponse> page(AuditFilter filter, PageRequest page) {
    return PageResponse.read(
        mapper.find(filter, null, page.offset(), page.size()).stream()
            .map(AuditRecordResponse::of)
            .toList(),
        page,
        () -> mapper.count(filter));
  }

  /** Every record of the filter, newest first, up to {@link #EXPORT_LIMIT}. */
  void each(AuditFilter filter, Consumer<AuditRecordResponse> rows) {
    Long before = null;
    int written = 0;
    while (written < EXPORT_LIMIT) {
      List<AuditRecord> page =
          mapper.find(filter, before, 0, Math.min(EXPORT_PAGE, EXPORT_LIMIT - written));
      for (AuditRecord record : page) {
        rows.accept(AuditRecordResponse.of(record));
        before = record.seq();
      }
      written += page.size();
      if (page.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
