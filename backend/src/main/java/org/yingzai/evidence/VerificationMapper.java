package org.yingzai.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.yingzai.catalog.RiskLevel;

@Mapper
interface VerificationMapper {

  /** One verification of an approval that relied on commitments, and how it was drawn. */
  record VerificationRow(
      String applicationId,
      long enterpriseId,
      String departmentCode,
      RiskLevel riskLevel,
      boolean firstCommitment,
      BigDecimal samplingRate,
      double draw,
      boolean sampled,
      VerificationStatus status,
      Instant approvedAt,
      Instant drawnAt,
      Instant dueAt,
      Instant finishedAt,
      String finishedBy,
      String comment) {}

  void insert(VerificationRow row);

  /** Closes a pending verification; 0 when it was not pending. */
  int finish(
      @Param("applicationId") String applicationId,
      @Param("status") VerificationStatus status,
      @Param("finishedAt") Instant finishedAt,
      @Param("finishedBy") String finishedBy,
      @Param("comment") String comment);

  @Select("SELECT COUNT(*) FROM commitment_verification WHERE enterprise_id = #{enterpriseId}")
  long countForEnterprise(long enterpriseId);

  /** A page of verifications, newest first, of one department or all and of one status or all. */
  List<VerificationRow> findPage(
      @Param("departmentCode") String departmentCode,
      @Param("status") VerificationStatus status,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(
      @Param("departmentCode") String departmentCode, @Param("status") VerificationStatus status);
}
