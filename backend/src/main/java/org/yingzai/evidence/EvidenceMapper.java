package org.yingzai.evidence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

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
      String outcome,
      String failureReason,
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

    static final String FOUND = "FOUND";
    static final String FAILED = "FAILED";

    boolean found() {
      return FOUND.equals(outcome);
    }

    boolean consented() {
      return consentedAt != null;
    }
  }

  record BasisRow(
      String applicationId,
      String materialCode,
      String proofCode,
      String disposition,
      String basis,
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
