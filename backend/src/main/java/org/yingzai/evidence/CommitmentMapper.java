package org.yingzai.evidence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.yingzai.catalog.RiskLevel;

/** Signed commitments (告知承诺书). */
@Mapper
interface CommitmentMapper {

  record SignatureRow(
      Long id,
      String applicationId,
      String materialCode,
      String proofCode,
      long enterpriseId,
      int textVersion,
      String textSha256,
      String signedBy,
      String signerName,
      Instant signedAt,
      String remoteIp,
      String userAgent,
      RiskLevel riskLevel,
      String verificationMethod,
      Integer verificationDays,
      String witnessedBy) {}

  void insert(SignatureRow row);

  @Select("SELECT LAST_INSERT_ID()")
  long lastInsertId();

  /** Every signature on the application, by material code. */
  List<SignatureRow> findByApplication(@Param("applicationId") String applicationId);

  /** The signatures the application relied on when it was submitted. */
  List<SignatureRow> findReliedOn(@Param("applicationId") String applicationId);
}
