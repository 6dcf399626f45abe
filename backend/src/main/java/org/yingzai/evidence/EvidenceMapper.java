package org.yingzai.evidence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.yingzai.catalog.Disposition;
import org.yingzai.evidence.EvidenceResult.FailureReason;

/** Evidence fetched for applications, and what submitted applications relied on. */
@Mapper
interface EvidenceMapper {

  /** One fetch: {@code FOUND} with its source and fields, or {@code FAILED} with the reason. */
  record FetchRow(
      Long id,
      String applicationId,
      String materialCode,
      String proofCode,
      String evidenceType,
      String provider,
      String creditCode,
      FetchOutcome outcome,
      FailureReason failureReason,
      String failureDetail,
      String source,
      String fieldsJson,
      String fieldsSha256,
      Instant fetchedAt,
      String requestedBy,
      String consentedBy,
      Instant consentedAt,
      String consentIp,
      String consentUserAgent) {

    /** Evidence found for {@code subject} at {@code fetchedAt}, not yet consented to. */
    static FetchRow found(
        FetchSubject subject,
        String source,
        String fieldsJson,
        String fieldsSha256,
        Instant fetchedAt,
        String requestedBy) {
      return new FetchRow(
          null,
          subject.applicationId(),
          subject.materialCode(),
          subject.proofCode(),
          subject.evidenceType(),
          subject.provider(),
          subject.creditCode(),
          FetchOutcome.FOUND,
          null,
          null,
          source,
          fieldsJson,
          fieldsSha256,
          fetchedAt,
          requestedBy,
          null,
          null,
          null,
          null);
    }

    /** No evidence for {@code subject}, and why. */
    static FetchRow failed(
        FetchSubject subject,
        FailureReason reason,
        String detail,
        Instant fetchedAt,
        String requestedBy) {
      return new FetchRow(
          null,
          subject.applicationId(),
          subject.materialCode(),
          subject.proofCode(),
          subject.evidenceType(),
          subject.provider(),
          subject.creditCode(),
          FetchOutcome.FAILED,
          reason,
          detail,
          null,
          null,
          null,
          fetchedAt,
          requestedBy,
          null,
          null,
          null,
          null);
    }

    boolean found() {
      return outcome == FetchOutcome.FOUND;
    }

    boolean consented() {
      return consentedAt != null;
    }
  }

  /** What a fetch asks for: the evidence of one proof of an application, of an enterprise. */
  record FetchSubject(
      String applicationId,
      String materialCode,
      String proofCode,
      String evidenceType,
      String provider,
      String creditCode) {}

  record BasisRow(
      String applicationId,
      String materialCode,
      String proofCode,
      Disposition disposition,
      ProofBasis basis,
      Long evidenceId,
      Long commitmentId,
      Instant recordedAt) {}

  void insertFetch(FetchRow row);

  @Select("SELECT LAST_INSERT_ID()")
  long lastInsertId();

  FetchRow findFetch(@Param("applicationId") String applicationId, @Param("id") long id);

  /** Every fetch for the application, oldest first. */
  List<FetchRow> findFetches(@Param("applicationId") String applicationId);

  int consent(
      @Param("id") long id,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("ip") String ip,
      @Param("userAgent") String userAgent);

  void insertBasis(BasisRow row);

  List<BasisRow> findBases(@Param("applicationId") String applicationId);
}
